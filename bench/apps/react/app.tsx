// React 19 as a competent developer writes it: an external store read with useSyncExternalStore,
// memoized list items keyed by entity, React's own batching.
import { memo, useSyncExternalStore } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { BenchApp } from '../shared/bench-app.js';
import { createCallStore, href, type Binding, type CallStore } from '../shared/call-store.js';
import { ICON_PATH, TYPE_LABEL } from '../shared/labels.js';

const PHASE: Record<string, string> = { idle: 'No active call', connecting: 'Ringing…', connected: 'Connected' };

let store: CallStore | undefined;
let root: Root | undefined;
let renders = 0;
let rendered = -1;

const Item = memo(function Item({ binding, primary }: { binding: Binding; primary: boolean }) {
  return (
    <li className={primary ? 'primary' : undefined}>
      <a href={href(binding)}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d={ICON_PATH[binding.type] ?? ''} />
        </svg>
        <span>{TYPE_LABEL[binding.type] ?? 'CRM item'}</span>
        <span>#{binding.id}</span>
      </a>
      {primary && <span className="badge">Main</span>}
    </li>
  );
});

function Card({ callStore }: { callStore: CallStore }) {
  const view = useSyncExternalStore(callStore.subscribe, callStore.get);
  renders += 1;
  rendered = callStore.version();
  return (
    <section>
      <div>
        <strong>{view.phone || 'Unknown number'}</strong>
        <span>{view.direction}</span>
        <span>{view.line}</span>
        <span>{PHASE[view.state] ?? view.state}</span>
      </div>
      <ul>
        {view.bindings.map((binding) => (
          <Item key={binding.key} binding={binding} primary={binding.key === view.primary} />
        ))}
      </ul>
      <button role="switch" aria-checked={view.keepOpen} onClick={() => callStore.toggleKeepOpen()}>
        Keep the card open after the call
      </button>
    </section>
  );
}

/** A macrotask without setTimeout's 4 ms clamping, so the harness measures React, not the timer. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

const app: BenchApp = {
  mount(container, connection) {
    store = createCallStore(connection);
    root = createRoot(container);
    root.render(<Card callStore={store} />);
  },
  async flush() {
    while (store && rendered !== store.version()) await nextTask();
  },
  unmount() {
    root?.unmount();
    store?.dispose();
    root = store = undefined;
    rendered = -1;
  },
  renders: () => renders,
};

export default app;
