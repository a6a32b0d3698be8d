import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `predicate` holds, failing with `message` after `timeout` ms. */
export function until(predicate: () => unknown, message: string, timeout = 2000): Promise<void> {
  return waitUntil(() => Boolean(predicate()), message, { timeout, interval: 5 });
}

/** Settles a promise into a tagged result so tests can assert on "still pending". */
export async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<{ state: 'resolved'; value: T } | { state: 'rejected'; error: unknown } | { state: 'pending' }> {
  return Promise.race([
    promise.then((value) => ({ state: 'resolved' as const, value }), (error: unknown) => ({ state: 'rejected' as const, error })),
    sleep(ms).then(() => ({ state: 'pending' as const })),
  ]);
}

/** Presses keys together, e.g. `pressChord('Shift', 'Tab')`, in every engine the tests run in. */
export function pressChord(...keys: string[]): Promise<unknown> {
  return executeServerCommand('press-chord', { keys });
}

type Rgba = [number, number, number, number];

/** A computed colour (`rgb()`/`rgba()`, or `color(srgb …)` as WebKit may give it) as 0–255 channels and alpha. */
export function parseColor(value: string): Rgba {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/.exec(value);
  if (!rgb) throw new Error(`Unreadable colour: ${value}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG's contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parseColor(a)), luminance(parseColor(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** The colour painted behind `element`: the first opaque background on its way up the flat tree (white at the top). */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const color = getComputedStyle(node).backgroundColor;
    if (parseColor(color)[3] === 1) return color;
  }
  return 'rgb(255, 255, 255)';
}

/** Every element under `root`, in its light DOM and in every shadow root, that is laid out (screen-reader-only text left out). */
function laidOut(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    if (element.classList.contains('visually-hidden')) return;
    const box = element.getBoundingClientRect();
    if (box.width > 0 || box.height > 0) found.push(element);
    for (const child of element.shadowRoot ? [...element.shadowRoot.children, ...element.children] : element.children) visit(child);
  };
  visit(root);
  return found;
}

const describeElement = (element: Element) => `${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : element.className ? `.${element.className}` : ''}`;

/** The laid-out elements under `container` that reach past its left or right edge, described with their edges. */
export function outsideOf(container: Element): string[] {
  const frame = container.getBoundingClientRect();
  return laidOut(container)
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.left < frame.left - 0.5 || box.right > frame.right + 0.5;
    })
    .map((element) => {
      const box = element.getBoundingClientRect();
      return `${describeElement(element)} (${Math.round(box.left)}–${Math.round(box.right)}, the container ${Math.round(frame.left)}–${Math.round(frame.right)})`;
    });
}

/** How far `element`'s text starts from `column`'s start edge (its right edge right to left), in whole px. */
export function offsetFromColumnStart(element: Element, column: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  const [text, box] = [range.getBoundingClientRect(), column.getBoundingClientRect()];
  return Math.round(getComputedStyle(column).direction === 'rtl' ? box.right - text.right : text.left - box.left);
}

/**
 * Every box the element's composed tree lays out (shadow roots included), and every line of text,
 * relative to the element, as `path x,y WxH`. Works on elements of another document (a frame's).
 */
export function boxesOf(root: Element): string[] {
  const origin = root.getBoundingClientRect();
  const boxes: string[] = [];
  const at = (what: string, rect: DOMRect) =>
    (rect.width > 0 || rect.height > 0) &&
    boxes.push(`${what} ${Math.round(rect.left - origin.left)},${Math.round(rect.top - origin.top)} ${Math.round(rect.width)}x${Math.round(rect.height)}`);
  const visit = (node: Node, path: string) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const name = `${path}/${element.localName}${element.getAttribute('part') ? `[${element.getAttribute('part')}]` : ''}`;
      at(name, element.getBoundingClientRect());
      if (element.shadowRoot) for (const child of element.shadowRoot.childNodes) visit(child, `${name}#`);
      for (const child of element.childNodes) visit(child, name);
    } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
      const range = node.ownerDocument!.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) at(`${path}"${node.textContent.trim().slice(0, 20)}"`, rect);
    }
  };
  visit(root, '');
  return boxes;
}
