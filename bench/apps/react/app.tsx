// React 19 as a competent developer writes it: an external store read with useSyncExternalStore,
// memoized list items keyed by entity, React's own batching.
import { memo, useSyncExternalStore } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { BenchApp } from '../shared/bench-app.js';
import { addCardStyles } from '../shared/card-styles.js';
import { createCallStore, href, type Binding, type CallStore } from '../shared/call-store.js';
import { DIRECTION_LABEL, formatDuration, ICON_PATH, PHASE_LABEL, phaseOf, TOGGLE_LABEL, TYPE_LABEL } from '../shared/labels.js';

let store: CallStore | undefined;
let root: Root | undefined;
let renders = 0;
let rendered = -1;

function Icon({ className, d }: { className: string; d: string }) {
  return (
    <span className={className}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d={d} />
      </svg>
    </span>
  );
}

const Item = memo(function Item({ binding, primary }: { binding: Binding; primary: boolean }) {
  return (
    <li className={primary ? 'item primary' : 'item'}>
      <a className="link" href={href(binding)}>
        <Icon className="icon" d={ICON_PATH[binding.type] ?? ''} />
        <span className="type">{TYPE_LABEL[binding.type] ?? 'CRM item'}</span>
        <span className="name">#{binding.id}</span>
        {primary && <span className="badge">Main</span>}
      </a>
    </li>
  );
});

function Card({ callStore }: { callStore: CallStore }) {
  const view = useSyncExternalStore(callStore.subscribe, callStore.get);
  renders += 1;
  rendered = callStore.version();
  const phase = phaseOf(view.state, view.direction);
  return (
    <section className="b24-card">
      <div className={`status ${phase}`}>
        <Icon className="direction-icon" d={ICON_PATH[view.direction] ?? ''} />
        <strong className="number">{view.phone || 'Unknown number'}</strong>
        <span className="phase">{PHASE_LABEL[phase] ?? phase}</span>
        <span className="details">
          <span>{DIRECTION_LABEL[view.direction] ?? 'Call'}</span>
          <span>{view.line && `Line: ${view.line}`}</span>
        </span>
        <span className="timer">{view.connectedAt === null ? '' : formatDuration(Date.now() - view.connectedAt)}</span>
      </div>
      <ul className="bindings">
        {view.bindings.map((binding) => (
          <Item key={binding.key} binding={binding} primary={binding.key === view.primary} />
        ))}
      </ul>
      <button className="toggle" role="switch" aria-checked={view.keepOpen} onClick={() => callStore.toggleKeepOpen()}>
        <span className="track">
          <span className="thumb" />
        </span>
        <span>{TOGGLE_LABEL}</span>
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
    addCardStyles();
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
