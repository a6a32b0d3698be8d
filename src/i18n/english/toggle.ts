/** English for `<b24-autoclose-toggle>`, which adds it to the fallback when it is defined. */
export const englishToggle = {
  'toggle.label': 'Keep the card open after the call',
  'toggle.pending': 'Saving…',
  'toggle.failed': 'Could not change this. Try again.',
  'toggle.heldOpen': 'The card stays open until you turn this off',
  'toggle.heldByWork': 'The card stays open until your changes are saved',
};
