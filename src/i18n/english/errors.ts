/** English for the provider's error panel, which loads when there is an error to show (see `error-panel.ts`). */
export const englishErrors = {
  'error.title': 'The call card widget cannot work',
  'error.NO_HOST': 'Not connected to Bitrix24. Open this widget in a call card.',
  'error.WRONG_PLACEMENT': 'This widget works only in the call card.',
  'error.TIMEOUT': 'Bitrix24 did not answer in time.',
  'error.COMMAND_FAILED': 'Bitrix24 could not do that.',
  'error.BAD_PAYLOAD': 'Bitrix24 sent data the widget could not read.',
  'error.UNSUPPORTED': 'This Bitrix24 connection cannot do that.',
  'error.DISPOSED': 'The widget was closed.',
  'error.LOAD_FAILED': 'A part of the widget could not be loaded. Check the connection; it is tried again when needed.',
  'error.code': 'Error code: {code}',
};
