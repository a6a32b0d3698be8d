// The README's React pattern for a real CALL_CARD widget (type-checked by `npm test`, and run in the emulator from widget.html; main.tsx runs the same tags on the simulator).
import { initializeB24Frame } from '@bitrix24/b24jssdk';
import { useState } from 'react';
import { b24FrameConnection } from 'b24-call-card-kit';
import { AutocloseToggle, CallCard, CallStatus, CrmBindings } from 'b24-call-card-kit/react';
import { CallerNotes } from './caller-notes';

// Once per page: the provider shows "Connecting…" until the SDK is ready, then the live call.
const connection = initializeB24Frame().then(b24FrameConnection);

export function Widget() {
  const [state, setState] = useState('idle');
  const [keepOpen, setKeepOpen] = useState(false);
  return (
    <CallCard connection={connection} onB24CallStateChange={(event) => setState(event.detail.state)}>
      <CallStatus />
      <CrmBindings resolveTitles />
      <AutocloseToggle checked={keepOpen} onChange={(event) => setKeepOpen(event.currentTarget.checked)} />
      <CallerNotes />
      <p>
        {state}, keep open: {String(keepOpen)}
      </p>
    </CallCard>
  );
}
