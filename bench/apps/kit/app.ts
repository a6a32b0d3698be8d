import '../../../src/register-all.js';
import type { B24CallCard } from '../../../src/elements/call-card/call-card.js';
import type { BenchApp } from '../shared/bench-app.js';

let card: B24CallCard | undefined;
let renders = 0;

const app: BenchApp = {
  mount(container, connection) {
    card = document.createElement('b24-call-card');
    card.connection = connection;
    // The other apps render every binding: so does the kit here (max-items="0"), to compare like with like.
    const bindings = document.createElement('b24-crm-bindings');
    bindings.setAttribute('max-items', '0');
    card.append(document.createElement('b24-call-status'), bindings, document.createElement('b24-autoclose-toggle'));
    const status = card.querySelector('b24-call-status')! as unknown as { updated: () => void };
    const updated = status.updated.bind(status);
    status.updated = () => {
      renders += 1;
      updated();
    };
    container.append(card);
  },
  // Everything an event causes is measured: the getStatus refresh it starts, then every render.
  async flush() {
    if (!card) return;
    const elements = [card, ...card.children] as unknown as { isUpdatePending: boolean; updateComplete: Promise<boolean> }[];
    do {
      await card.controller?.whenSettled();
      await Promise.all(elements.map((element) => element.updateComplete));
    } while (elements.some((element) => element.isUpdatePending));
  },
  unmount() {
    card?.remove();
    card = undefined;
  },
  renders: () => renders,
};

export default app;
