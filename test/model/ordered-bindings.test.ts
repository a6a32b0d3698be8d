import { expect } from '@open-wc/testing';
import { limitListed, orderedBindings, pinnedBindings } from '../../src/model/ordered-bindings.js';
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

describe('limitListed', () => {
  const entries = (primaryAt: number, count: number) =>
    Array.from({ length: count }, (_, index) => ({ key: `k${index}`, binding: { entityType: 'DEAL', entityId: index + 1 }, primary: index === primaryAt }));

  it("cuts after `limit` entries, not counting the primary entity's own place", () => {
    expect(limitListed(entries(-1, 10), 3)).to.deep.equal({ end: 3, more: 7 });
    expect(limitListed(entries(1, 10), 3)).to.deep.equal({ end: 4, more: 6 });
    expect(limitListed(entries(8, 10), 3)).to.deep.equal({ end: 3, more: 6 });
  });

  it('shows everything for 0, or when everything fits', () => {
    expect(limitListed(entries(-1, 10), 0)).to.deep.equal({ end: 10, more: 0 });
    expect(limitListed(entries(0, 3), 5)).to.deep.equal({ end: 3, more: 0 });
    expect(limitListed([], 5)).to.deep.equal({ end: 0, more: 0 });
  });
});
