import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createCallCardSimulator } from 'b24-call-card-kit';
import { AutocloseToggle, CallCard, CallStatus, CrmBindings } from 'b24-call-card-kit/react';
import { CallerNotes } from './caller-notes';

function App() {
  // In a real CALL_CARD widget: b24FrameConnection(await initializeB24Frame()).
  const simulator = useMemo(() => createCallCardSimulator(), []);
  const [state, setState] = useState('connecting');
  const [keepOpen, setKeepOpen] = useState(false);
  (window as unknown as { b24Simulator: typeof simulator }).b24Simulator = simulator;
  return (
    <main style={{ display: 'grid', gap: 8, maxWidth: 420 }}>
      <CallCard connection={simulator} onB24CallStateChange={(event) => setState(event.detail.state)}>
        <CallStatus />
        <CrmBindings />
        <AutocloseToggle onChange={(event) => setKeepOpen(event.currentTarget.checked)} />
        <CallerNotes />
      </CallCard>
      <p>
        App state: <output id="app-state">{state}</output>, keep open: <output id="app-keep-open">{String(keepOpen)}</output>
      </p>
      <div>
        <button onClick={() => simulator.connect()}>Connect</button>
        <button onClick={() => simulator.changeEntity('LEAD', 31)}>Change client</button>
        <button onClick={() => simulator.hangUp('486')}>Hang up</button>
      </div>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
