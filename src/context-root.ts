import { ContextRoot } from '@lit/context';

// A ContextRoot replays context requests from consumers that upgraded before their provider.
const ROOT_FLAG = Symbol.for('b24-call-card-kit/context-root');
const scope = globalThis as { [ROOT_FLAG]?: boolean };
if (typeof document !== 'undefined' && !scope[ROOT_FLAG]) {
  scope[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}
