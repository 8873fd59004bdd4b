import { describe, expect, it } from 'vitest';
import { routeSearch, type SearchRouteKind } from './search-routing';

const kinds = (input: string, country = 'GB') => {
  const { routes, ambiguous } = routeSearch(input, country);
  return { kinds: routes.map((r) => r.kind), ambiguous };
};

describe('routeSearch', () => {
  it.each<[string, SearchRouteKind[], string?]>([
    // Names, with and without digits, accents, apostrophes.
    ['Amelia Baldwin', ['name', 'postcode']],
    ['a', ['name', 'postcode']],
    ["O'Brien-Smith", ['name', 'postcode']],
    ['Zoë', ['name', 'postcode']],
    ['Flat 2 Baker', ['name', 'postcode']],
    // Postcodes and their starts, with or without the space, any case.
    ['SG14 3AG', ['postcode', 'name']],
    ['sg143ag', ['postcode', 'name']],
    ['sg14', ['postcode', 'name']],
    ['sg14 3', ['postcode', 'name']],
    ['75001', ['postcode', 'customer'], 'FR'],
    ['10115', ['postcode', 'customer'], 'DE'],
    ['1012 AB', ['postcode', 'name'], 'NL'],
    ['A65 F4E2', ['postcode', 'name'], 'IE'],
    // E-mail addresses, whole or begun.
    ['rasangi.desilva@enactor.co.uk', ['email', 'name']],
    ['Amelia@', ['email', 'name']],
    // International phones: never a card.
    ['+44 7818 393795', ['phone']],
    ['0044 7818 393795', ['phone']],
    ['+33 6 12 34 56 78', ['phone'], 'FR'],
    // Cards, with spaces as printed; a customer number the other way.
    ['14420000', ['card', 'customer']],
    ['1442 0000', ['card', 'customer']],
    ['6337 8500 0000 0421 123', ['card', 'customer']],
    // Customer numbers: short ones, with leading zeros, with letters.
    ['100', ['customer']],
    ['00100', ['customer']],
    ['CPOL-123185', ['customer', 'name']],
  ])('%s → %j', (input, expected, country = 'GB') => {
    expect(kinds(input, country)).toEqual({ kinds: expected, ambiguous: false });
  });

  it.each([['078 1839 3795'], ['07818393795'], ['(078) 1839-3795'], ['020 7946 0018']])(
    '%s could be a phone or a card: both offered, the phone first, none taken',
    (input) => {
      expect(kinds(input)).toEqual({ kinds: ['phone', 'card'], ambiguous: true });
    },
  );

  it('carries what each route searches for', () => {
    expect(routeSearch(' 1442 0000 ', 'GB').routes[0]).toEqual({
      kind: 'card',
      cardNumber: '14420000',
    });
    expect(routeSearch('sg14 3ag', 'GB').routes[0]).toEqual({
      kind: 'postcode',
      postcode: 'SG14 3AG',
    });
    expect(routeSearch('Rasangi.DeSilva@Enactor.co.uk', 'GB').routes[0]).toEqual({
      kind: 'email',
      email: 'rasangi.desilva@enactor.co.uk',
    });
    expect(routeSearch('   ', 'GB')).toEqual({ routes: [], ambiguous: false });
  });
});
