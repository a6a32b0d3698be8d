import { getCurrentInstance, inject, onBeforeUnmount, onMounted, shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import type { B24CallCard } from '../elements/call-card/call-card.js';
import { callCardState, cardlessState, type CallCardState } from '../elements/call-card/call-card-state.js';
import { CallCardError } from '../model/errors.js';
import { NEAREST_CARD } from './call-card-component.js';

const CONNECTING = cardlessState(null);
const NO_CARD = cardlessState(
  new CallCardError('NO_HOST', 'useCallCard() found no <b24-call-card> around this component: put the component inside one, or pass the card (a template ref).').toInfo(),
);

/**
 * The live call and controller state of a `<b24-call-card>`, as a shallow ref that changes on every
 * update, with what a component needs to act through the same connection:
 *
 * ```ts
 * const card = useCallCard();
 * // template: {{ card.call.phoneNumber }} · script: card.value.keepOpenWhile(save())
 * ```
 *
 * Inside the kit's `<CallCard>` component it is right on the first render. Inside a plain
 * `<b24-call-card>` it finds the card when the component mounts (before the browser paints; until
 * then the status is `connecting`). Pass a template ref (or getter) to follow a card the component
 * renders itself. With no card at all, the status is `error` with a `NO_HOST` error that says so.
 */
export function useCallCard(card?: MaybeRefOrGetter<B24CallCard | null | undefined>): Readonly<ShallowRef<CallCardState>> {
  const state = shallowRef<CallCardState>(CONNECTING);
  let stop: (() => void) | undefined;
  const follow = (target: B24CallCard | null | undefined, missing: CallCardState) => {
    stop?.();
    stop = target ? target.subscribe(() => (state.value = callCardState(target))) : undefined;
    if (!target) state.value = missing;
  };
  const nearest = card === undefined ? inject(NEAREST_CARD, null) : null;
  if (card !== undefined || nearest) {
    watch(() => (nearest ? nearest.value : toValue(card)), (target) => follow(target, CONNECTING), { immediate: true, flush: 'sync' });
  } else {
    const instance = getCurrentInstance();
    onMounted(() => {
      const root: unknown = instance?.proxy?.$el;
      const start = root instanceof Element ? root : root instanceof Node ? root.parentElement : null;
      follow(start?.closest<B24CallCard>('b24-call-card'), NO_CARD);
    });
  }
  onBeforeUnmount(() => stop?.());
  return state;
}
