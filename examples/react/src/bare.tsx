// React 19 with the bare custom elements, no wrappers: what works and what does not.
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createCallCardSimulator } from 'b24-call-card-kit';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'b24-call-card': Record<string, unknown>;
      'b24-call-status': Record<string, unknown>;
      'b24-autoclose-toggle': Record<string, unknown>;
    }
  }
}

function App() {
  const simulator = useMemo(() => createCallCardSimulator(), []);
  const [state, setState] = useState('connecting');
  const [changes, setChanges] = useState(0);
  const [camelEvents, setCamelEvents] = useState(0);
  (window as unknown as { b24Simulator: typeof simulator }).b24Simulator = simulator;
  return (
    <main>
      <b24-call-card connection={simulator} onb24-call-state-change={(event: CustomEvent) => setState(event.detail.state)} onB24CallStateChange={() => setCamelEvents((n) => n + 1)}>
        <b24-call-status></b24-call-status>
        <b24-autoclose-toggle onChange={() => setChanges((n) => n + 1)}></b24-autoclose-toggle>
      </b24-call-card>
      <p>
        state <output id="bare-state">{state}</output>, change events <output id="bare-changes">{changes}</output>, camelCase events{' '}
        <output id="bare-camel">{camelEvents}</output>
      </p>
      <button onClick={() => simulator.connect()}>Connect</button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
