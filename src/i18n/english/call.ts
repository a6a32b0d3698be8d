/**
 * English for what shows the call: the provider's "Connecting…" line and `<b24-call-status>`. In the drop-in's
 * first file. The reasons a call failed are in `failures.ts`.
 */
export const englishCall = {
  connecting: 'Connecting to Bitrix24…',
  'phase.idle': 'No active call',
  'phase.ringing': 'Ringing…',
  'phase.calling': 'Calling…',
  'phase.connected': 'Connected',
  'phase.ended': 'Call ended',
  'phase.failed': 'Call failed',
  'direction.incoming': 'Incoming call',
  'direction.outgoing': 'Outgoing call',
  'direction.incomingTransfer': 'Transferred call',
  'direction.callback': 'Callback',
  'direction.other': 'Call',
  'number.hidden': 'Hidden number',
  'number.unknown': 'Unknown number',
  'line.label': 'Line: {line}',
  'badge.callList': 'Call list',
  'timer.label': 'Call duration',
  'failure.unknown': 'Code {code}',
};
