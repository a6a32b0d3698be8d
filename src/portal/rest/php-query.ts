/**
 * Reads a form-encoded body the way PHP (and so a Bitrix24 portal) does: `a[b][c]=1&d[]=2` becomes
 * `{a: {b: {c: '1'}}, d: ['2']}`. Every value is a string, as PHP gives it. This is what the classic
 * library, PHP's CRest and `curl -d` send.
 */
export type PhpValue = string | PhpValue[] | { [key: string]: PhpValue };

/** Keys that would reach an object's prototype are dropped, as they mean nothing to a portal. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

export function parsePhpQuery(text: string): Record<string, PhpValue> {
  const root: Record<string, PhpValue> = {};
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    const name = decode(equals < 0 ? pair : pair.slice(0, equals));
    const value = equals < 0 ? '' : decode(pair.slice(equals + 1));
    const first = name.indexOf('[');
    const head = first <= 0 ? name : name.slice(0, first);
    const path = first <= 0 ? [] : [...name.slice(first).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!);
    assign(root, [head, ...path], value);
  }
  return root;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function assign(target: Record<string, PhpValue> | PhpValue[], path: string[], value: string): void {
  const [key, ...rest] = path as [string, ...string[]];
  if (UNSAFE_KEYS.has(key)) return;
  const container = target as Record<string, PhpValue>;
  const slot = key === '' && Array.isArray(target) ? String(target.length) : key === '' ? String(Object.keys(target).length) : key;
  if (rest.length === 0) {
    container[slot] = value;
    return;
  }
  let next = container[slot];
  if (next === undefined || typeof next === 'string') {
    next = rest[0] === '' ? [] : {};
    container[slot] = next;
  }
  assign(next as Record<string, PhpValue>, rest, value);
}
