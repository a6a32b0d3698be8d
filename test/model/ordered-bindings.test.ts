import { expect } from '@open-wc/testing';
import { orderedBindings, pinnedBindings } from '../../src/model/ordered-bindings.js';
import type { CrmBinding } from '../../src/model/types.js';

const b = (entityType: string, entityId: number): CrmBinding => ({ entityType, entityId });
const keys = (entries: readonly { key: string; primary: boolean }[]) => entries.map((entry) => `${entry.key}${entry.primary ? '*' : ''}`);

describe('orderedBindings and pinnedBindings', () => {
  const call = { entity: b('DEAL', 42), bindings: [b('CONTACT', 17), b('DEAL', 42), b('COMPANY', 5), b('CONTACT', 17)] };

  it('pins the primary entity and keeps the host order, with the primary flagged in its own place', () => {
    const { pinned, listed } = pinnedBindings(call);
    expect(pinned?.key).to.equal('DEAL:42');
    expect(keys(listed)).to.deep.equal(['CONTACT:17', 'DEAL:42*', 'COMPANY:5']);
  });

  it('orders the primary entity first, then the rest once each', () => {
    expect(keys(orderedBindings(call))).to.deep.equal(['DEAL:42*', 'CONTACT:17', 'COMPANY:5']);
    expect(keys(orderedBindings({ entity: b('LEAD', 1), bindings: [b('DEAL', 2)] }))).to.deep.equal(['LEAD:1*', 'DEAL:2']);
    expect(keys(orderedBindings({ entity: null, bindings: [b('DEAL', 2), b('DEAL', 2)] }))).to.deep.equal(['DEAL:2']);
    expect(pinnedBindings({ entity: null, bindings: [] })).to.deep.equal({ pinned: null, listed: [] });
  });
});
