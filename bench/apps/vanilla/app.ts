// The floor: hand-written DOM, built once, then only the text and list entries that changed are
// touched, once per microtask however many events arrive.
import type { BenchApp } from '../shared/bench-app.js';
import { createCallStore, href, type Binding, type CallStore, type CallView } from '../shared/call-store.js';
import { ICON_PATH, TYPE_LABEL } from '../shared/labels.js';

const SVG = 'http://www.w3.org/2000/svg';

const PHASE: Record<string, string> = { idle: 'No active call', connecting: 'Ringing…', connected: 'Connected' };

let store: CallStore | undefined;
let root: HTMLElement | undefined;
let scheduled = false;
let pending: Promise<void> = Promise.resolve();
let renders = 0;
let shown: CallView | undefined;
const items = new Map<string, HTMLLIElement>();
const nodes = {} as Record<'phone' | 'direction' | 'line' | 'phase' | 'list' | 'toggle', HTMLElement>;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  parent.append(node);
  return node;
}

function item(binding: Binding): HTMLLIElement {
  const li = document.createElement('li');
  const link = element('a', li);
  link.href = href(binding);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICON_PATH[binding.type] ?? '');
  svg.append(path);
  link.append(svg);
  element('span', link, TYPE_LABEL[binding.type] ?? 'CRM item');
  element('span', link, `#${binding.id}`);
  element('span', li, 'Main').className = 'badge';
  return li;
}

function render(): void {
  scheduled = false;
  const view = store!.get();
  if (view === shown) return;
  renders += 1;
  if (view.phone !== shown?.phone) nodes.phone.textContent = view.phone || 'Unknown number';
  if (view.direction !== shown?.direction) nodes.direction.textContent = view.direction;
  if (view.line !== shown?.line) nodes.line.textContent = view.line;
  if (view.state !== shown?.state) nodes.phase.textContent = PHASE[view.state] ?? view.state;
  if (view.keepOpen !== shown?.keepOpen) nodes.toggle.setAttribute('aria-checked', String(view.keepOpen));
  if (view.bindings !== shown?.bindings || view.primary !== shown?.primary) {
    const wanted = new Set(view.bindings.map((binding) => binding.key));
    for (const [key, li] of items) {
      if (wanted.has(key)) continue;
      li.remove();
      items.delete(key);
    }
    let previous: Element | null = null;
    for (const binding of view.bindings) {
      let li = items.get(binding.key);
      if (!li) items.set(binding.key, (li = item(binding)));
      const expected: Element | null = previous ? previous.nextElementSibling : nodes.list.firstElementChild;
      if (expected !== li) nodes.list.insertBefore(li, expected);
      li.classList.toggle('primary', binding.key === view.primary);
      (li.lastElementChild as HTMLElement).hidden = binding.key !== view.primary;
      previous = li;
    }
  }
  shown = view;
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  pending = Promise.resolve().then(render);
}

const app: BenchApp = {
  mount(container, connection) {
    store = createCallStore(connection);
    root = element('section', container);
    const status = element('div', root);
    nodes.phone = element('strong', status);
    nodes.direction = element('span', status);
    nodes.line = element('span', status);
    nodes.phase = element('span', status);
    nodes.list = element('ul', root);
    nodes.toggle = element('button', root, 'Keep the card open after the call');
    nodes.toggle.setAttribute('role', 'switch');
    nodes.toggle.addEventListener('click', () => store!.toggleKeepOpen());
    store.subscribe(schedule);
    render();
  },
  flush: () => pending,
  unmount() {
    store?.dispose();
    root?.remove();
    items.clear();
    store = root = shown = undefined;
  },
  renders: () => renders,
};

export default app;
