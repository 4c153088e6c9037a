import { describe, expect, it } from 'vitest';
import { keepSearch } from './keep-search.ts';

describe('keepSearch', () => {
  it('adds the query, sort and hide of the current page to a path, keeping its own parameters', () => {
    const current = new URLSearchParams('q=is:exotic power:>300&sort=power&hide=1&view=organizer');
    expect(keepSearch('/destiny/2/46/23?player=Kestrel', current)).toBe(
      '/destiny/2/46/23?player=Kestrel&q=is%3Aexotic+power%3A%3E300&sort=power&hide=1',
    );
  });

  it('leaves a path alone when nothing is searched', () => {
    expect(keepSearch('/destiny/2/46/23', new URLSearchParams('view=organizer'))).toBe('/destiny/2/46/23');
  });
});
