// The floor: hand-written DOM, built once, then only the text, classes and list entries that
// changed are touched, once per microtask however many events arrive.
import type { BenchApp } from '../shared/bench-app.js';
import { addCardStyles } from '../shared/card-styles.js';
import { createCallStore, href, type Binding, type CallStore, type CallView } from '../shared/call-store.js';
import { DIRECTION_LABEL, formatDuration, ICON_PATH, PHASE_LABEL, phaseOf, TOGGLE_LABEL, TYPE_LABEL } from '../shared/labels.js';

const SVG = 'http://www.w3.org/2000/svg';

let store: CallStore | undefined;
let root: HTMLElement | undefined;
let scheduled = false;
let pending: Promise<void> = Promise.resolve();
let renders = 0;
let shown: CallView | undefined;
const items = new Map<string, HTMLLIElement>();
let nodes = {} as Record<'status' | 'icon' | 'number' | 'phase' | 'direction' | 'line' | 'timer' | 'list' | 'toggle', HTMLElement>;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  parent.append(node);
  return node;
}

function icon(parent: HTMLElement, className: string, d: string): SVGPathElement {
  const span = element('span', parent, className);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  span.append(svg);
  return path;
}

function item(binding: Binding): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'item';
  const link = element('a', li, 'link');
  link.href = href(binding);
  icon(link, 'icon', ICON_PATH[binding.type] ?? '');
  element('span', link, 'type', TYPE_LABEL[binding.type] ?? 'CRM item');
  element('span', link, 'name', `#${binding.id}`);
  element('span', link, 'badge', 'Main').hidden = true;
  return li;
}

function render(): void {
  scheduled = false;
  const view = store!.get();
  if (view === shown) return;
  renders += 1;
  const phase = phaseOf(view.state, view.direction);
  if (phase !== (shown && phaseOf(shown.state, shown.direction))) {
    nodes.status.className = `status ${phase}`;
    nodes.phase.textContent = PHASE_LABEL[phase] ?? phase;
  }
  if (view.direction !== shown?.direction) {
    nodes.direction.textContent = DIRECTION_LABEL[view.direction] ?? 'Call';
    nodes.icon.setAttribute('d', ICON_PATH[view.direction] ?? '');
  }
  if (view.phone !== shown?.phone) nodes.number.textContent = view.phone || 'Unknown number';
  if (view.line !== shown?.line) nodes.line.textContent = view.line && `Line: ${view.line}`;
  if (view.connectedAt !== shown?.connectedAt) nodes.timer.textContent = view.connectedAt === null ? '' : formatDuration(Date.now() - view.connectedAt);
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
      const primary = binding.key === view.primary;
      li.classList.toggle('primary', primary);
      (li.firstElementChild!.lastElementChild as HTMLElement).hidden = !primary;
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
    addCardStyles();
    store = createCallStore(connection);
    root = element('section', container, 'b24-card');
    nodes.status = element('div', root, 'status');
    nodes.icon = icon(nodes.status, 'direction-icon', '') as unknown as HTMLElement;
    nodes.number = element('strong', nodes.status, 'number');
    nodes.phase = element('span', nodes.status, 'phase');
    const details = element('span', nodes.status, 'details');
    nodes.direction = element('span', details);
    nodes.line = element('span', details);
    nodes.timer = element('span', nodes.status, 'timer');
    nodes.list = element('ul', root, 'bindings');
    nodes.toggle = element('button', root, 'toggle');
    nodes.toggle.setAttribute('role', 'switch');
    element('span', nodes.toggle, 'track').append(element('span', nodes.toggle, 'thumb'));
    element('span', nodes.toggle, '', TOGGLE_LABEL);
    nodes.toggle.addEventListener('click', () => store!.toggleKeepOpen());
    store.subscribe(schedule);
    render();
  },
  flush: () => pending,
  unmount() {
    store?.dispose();
    root?.remove();
    items.clear();
    nodes = {} as typeof nodes;
    store = root = shown = undefined;
  },
  renders: () => renders,
};

export default app;
