import type { StoryContext } from '@storybook/web-components-vite';
import { ref } from 'lit/directives/ref.js';
import { normalizeCall } from '../src/model/normalize-call.js';
import type { CallInfo } from '../src/model/types.js';
import type { B24CallCard } from '../src/elements/call-card/call-card.js';

/** The locale and theme chosen in the toolbar. */
export function globalsOf(context: Pick<StoryContext, 'globals'>): { lang: string; theme: 'light' | 'dark' } {
  return { lang: String(context.globals['locale'] ?? 'en'), theme: context.globals['theme'] === 'dark' ? 'dark' : 'light' };
}

/** A normalized call from `getStatus`-shaped fields, as an app would feed a standalone tag. */
export function callInfo(fields: Record<string, unknown>, previous?: CallInfo): CallInfo {
  return normalizeCall({ CALL_ID: 'story-call', CALL_STATE: 'connecting', CALL_DIRECTION: 'incoming', LINE_NAME: 'Berlin office', ...fields }, 'status', previous ? { previous } : {}).call;
}

/** The same call after it ended, with a finish status code, as CallStateChanged reports it. */
export function endedCall(previous: CallInfo, failedCode?: string): CallInfo {
  return normalizeCall('idle', 'call-state', { previous, failedCode }).call;
}

/**
 * Feeds a standalone tag a sequence of calls, one update apart, so that it builds the history
 * it needs to tell "ended" from "idle".
 */
export function callSequence(...calls: CallInfo[]) {
  return ref(async (element) => {
    const tag = element as (HTMLElement & { call?: CallInfo; updateComplete?: Promise<unknown> }) | undefined;
    if (!tag) return;
    for (const call of calls) {
      tag.call = call;
      await tag.updateComplete;
    }
  });
}

export function providerIn(canvas: HTMLElement): B24CallCard {
  return canvas.querySelector('b24-call-card')!;
}

/** A part inside a tag's shadow root. */
export function partOf(element: Element | null | undefined, name: string): HTMLElement | null {
  return element?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}
