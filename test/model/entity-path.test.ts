import { expect } from '@open-wc/testing';
import { entityPath } from '../../src/model/entity-path.js';
import { isOpenablePath } from '../../src/model/openable-path.js';
import { FAILURE_CODES, isKnownFailureCode } from '../../src/model/failure-codes.js';

describe('entityPath', () => {
  const rows: [string, number, string | null][] = [
    ['LEAD', 5, '/crm/lead/details/5/'],
    ['DEAL', 4615, '/crm/deal/details/4615/'],
    ['CONTACT', 797, '/crm/contact/details/797/'],
    ['COMPANY', 643, '/crm/company/details/643/'],
    ['DYNAMIC_128', 3, '/crm/type/128/details/3/'],
    ['SMART_INVOICE', 2, '/crm/type/31/details/2/'],
    ['QUOTE', 2, null],
    ['', 2, null],
    ['CONTACT', 0, null],
    ['CONTACT', -1, null],
    ['CONTACT', 1.5, null],
    ['CONTACT', Number.NaN, null],
    ['CONTACT', Number.MAX_SAFE_INTEGER + 2, null],
    ['DYNAMIC_x', 3, null],
    ['javascript:alert(1)//', 3, null],
  ];
  for (const [type, id, path] of rows) {
    it(`${type} ${id} → ${path}`, () => {
      expect(entityPath(type, id)).to.equal(path);
    });
  }
  it('only ever builds paths the host accepts', () => {
    for (const [type, id, path] of rows) if (path) expect(isOpenablePath(entityPath(type, id)!)).to.equal(true);
  });
});

describe('isOpenablePath', () => {
  it("follows Bitrix24's allowed-path rule", () => {
    expect(isOpenablePath('/crm/deal/details/5/')).to.equal(true);
    expect(isOpenablePath('/marketplace/')).to.equal(true);
    expect(isOpenablePath('/company/personal/user/1/')).to.equal(true);
    expect(isOpenablePath('/workgroups/group/4/')).to.equal(true);
    expect(isOpenablePath('/crm/quote/details/1/')).to.equal(false);
    expect(isOpenablePath('https://evil.example/crm/deal/')).to.equal(false);
    expect(isOpenablePath('/company/personal/user/x/')).to.equal(false);
  });
});

describe('failure codes', () => {
  it('are the codes of telephony.externalcall.finish, without 200', () => {
    expect(FAILURE_CODES).to.include.members(['304', '402', '403', '404', '423', '480', '484', '486', '503', '603', '603-S', 'OTHER']);
    expect(isKnownFailureCode('486')).to.equal(true);
    expect(isKnownFailureCode('200')).to.equal(false);
  });
});
