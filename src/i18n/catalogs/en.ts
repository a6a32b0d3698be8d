/** The English catalog: the source of every user-visible string, and the fallback for the rest. */
export const en = {
  'error.title': 'The call card widget cannot work',
  'error.NO_HOST': 'Not connected to Bitrix24. Open this widget in a call card, or use the simulator.',
  'error.WRONG_PLACEMENT': 'This widget works only in the call card.',
  'error.TIMEOUT': 'Bitrix24 did not answer in time.',
  'error.COMMAND_FAILED': 'Bitrix24 could not do that.',
  'error.BAD_PAYLOAD': 'Bitrix24 sent data the widget could not read.',
  'error.UNSUPPORTED': 'This Bitrix24 connection cannot do that.',
  'error.DISPOSED': 'The widget was closed.',
  'error.code': 'Error code: {code}',
};

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
