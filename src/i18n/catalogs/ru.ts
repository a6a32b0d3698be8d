import type { Messages } from './en.js';

export const ru: Messages = {
  'error.title': 'Виджет карточки звонка не может работать',
  'error.NO_HOST': 'Нет связи с Битрикс24. Откройте виджет в карточке звонка или включите симулятор.',
  'error.WRONG_PLACEMENT': 'Этот виджет работает только в карточке звонка.',
  'error.TIMEOUT': 'Битрикс24 не ответил вовремя.',
  'error.COMMAND_FAILED': 'Битрикс24 не смог это выполнить.',
  'error.BAD_PAYLOAD': 'Битрикс24 прислал данные, которые виджет не смог прочитать.',
  'error.UNSUPPORTED': 'Это подключение к Битрикс24 так не умеет.',
  'error.DISPOSED': 'Виджет закрыт.',
  'error.code': 'Код ошибки: {code}',
};
