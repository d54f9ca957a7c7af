import { describe, expect, it } from 'vitest';
import { redirectRenamedClaims } from '../../src/state/claim-link';

const renames = new Map([['old-id', 'new-id']]);

describe('redirectRenamedClaims()', () => {
  it('opens a renamed claim under its new id and says which', () => {
    expect(redirectRenamedClaims('?lang=en&claim=old-id', renames)).toEqual({
      search: '?lang=en&claim=new-id',
      renamed: { from: 'old-id', to: 'new-id' },
    });
  });

  it('renames pinned claims too, quietly', () => {
    expect(redirectRenamedClaims('?pins=a,old-id', renames)).toEqual({ search: '?pins=a%2Cnew-id' });
  });

  it('leaves a link without renamed ids as it is', () => {
    expect(redirectRenamedClaims('?claim=other&pins=a', renames)).toEqual({ search: '?claim=other&pins=a' });
    expect(redirectRenamedClaims('?claim=old-id', new Map())).toEqual({ search: '?claim=old-id' });
  });
});
