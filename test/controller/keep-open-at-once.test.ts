import { expect } from '@open-wc/testing';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { CallCardController } from '../../src/controller/call-card-controller.js';

// A file of its own: the first controller of a fresh page. With the npm package, the keep-open commands are
// part of the controller, so the switch is optimistic from the very first click (only the drop-in loads
// them with its second file, together with the switch).

describe('the first controller of a page', () => {
  it('shows a keep-open request at once, before it has even started', async () => {
    const simulator = createCallCardSimulator();
    const controller = new CallCardController(simulator);
    const early = controller.keepOpen(true);
    controller.start();
    const done = controller.keepOpen(true);
    expect([controller.snapshot.keepOpen, controller.snapshot.keepOpenPending], 'optimistic at once').to.deep.equal([true, true]);
    expect(await early).to.equal(false, 'the older request does not confirm');
    expect(await done).to.equal(true);
    expect(simulator.card.autoCloseBlocked).to.equal(true);
    controller.dispose();
  });
});
