// Vue 3 as a competent developer writes it: an SFC over a shallowRef, keyed v-for, Vue's batching.
import { createApp, h, nextTick, type App } from 'vue';
import type { BenchApp } from '../shared/bench-app.js';
import { addCardStyles } from '../shared/card-styles.js';
import { createCallStore, type CallStore } from '../shared/call-store.js';
import Card from './Card.vue';
import { renderCount } from './renders.js';

let store: CallStore | undefined;
let vue: App | undefined;

const app: BenchApp = {
  mount(container, connection) {
    addCardStyles();
    store = createCallStore(connection);
    const callStore = store;
    vue = createApp({ render: () => h(Card, { store: callStore }) });
    vue.mount(container);
  },
  flush: () => nextTick(),
  unmount() {
    vue?.unmount();
    store?.dispose();
    vue = store = undefined;
  },
  renders: renderCount,
};

export default app;
