import { defineComponent, h, onMounted, provide, shallowRef, type InjectionKey, type ShallowRef } from 'vue';
import type { B24CallCard } from '../elements/call-card/call-card.js';
import type { KitGlobalComponents } from './global-components.js';

/** The element of the nearest `<CallCard>`, once mounted. */
export const NEAREST_CARD: InjectionKey<Readonly<ShallowRef<B24CallCard | undefined>>> = Symbol('b24-call-card');

/**
 * `<b24-call-card>` as a Vue component: the same props and events, and its slot renders once the
 * element is mounted with them, so that `useCallCard()` inside is right on its first render.
 */
export const CallCard = defineComponent({
  name: 'CallCard',
  inheritAttrs: false,
  setup(_, { attrs, slots }) {
    const element = shallowRef<B24CallCard | null>(null);
    const card = shallowRef<B24CallCard | undefined>();
    provide(NEAREST_CARD, card);
    onMounted(() => (card.value = element.value ?? undefined));
    return () => h('b24-call-card', { ...attrs, ref: element }, card.value ? slots['default']?.() : undefined);
  },
}) as unknown as KitGlobalComponents['b24-call-card'];
