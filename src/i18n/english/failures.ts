/**
 * English for the reasons a call failed, which `<b24-call-status>` shows for a known status code. A portal's
 * call card never sends one at first paint, so the drop-in loads them with its second file.
 */
export const englishFailures = {
  'failure.304': 'Missed call',
  'failure.402': 'Not enough funds on the account',
  'failure.403': 'Calls to this number are forbidden',
  'failure.404': 'Wrong number',
  'failure.423': 'The number is blocked',
  'failure.480': 'The client is unavailable',
  'failure.484': 'The number is incomplete',
  'failure.486': 'The line is busy',
  'failure.503': 'The telephony service is unavailable',
  'failure.603': 'The call was declined',
  'failure.603-S': 'The call was cancelled',
  'failure.OTHER': 'The call failed',
};
