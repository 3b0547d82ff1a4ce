/**
 * Where a BIJ or re-integration notice goes, one row per case, read like the
 * law: the person's BRP addresses, the stays of the episode, and the mayor who
 * is told, or the reason an operator decides instead. The shipped reference
 * data is used as it is: PI Almelo's address is not verified, PI Vught's is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrpAddress } from '../identity/index.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { type DetentionContext, type Route, routeByBrp, routeToMunicipality } from './routing.ts';
import { explainRouting } from './routing-explanation.ts';

const catalog = defaultReferenceCatalog();
const VUGHT = catalog.institution('PI-VUGHT');
if (!VUGHT?.addressVerified || !VUGHT.street || !VUGHT.houseNumber || !VUGHT.postalCode)
  throw new Error('PI Vught is expected with a verified address');
const vughtAddress = { street: VUGHT.street, houseNumber: VUGHT.houseNumber, postalCode: VUGHT.postalCode };
if (catalog.institution('PI-ALMELO')?.addressVerified !== false)
  throw new Error('PI Almelo is expected without a verified address');

const address = (
  municipalityCode: string,
  city: string,
  validFrom: string,
  postalCode = '9999ZZ',
  street = 'Dorpsstraat',
  houseNumber = '1',
): BrpAddress => ({ validFrom, municipalityCode, street, houseNumber, postalCode, city });

const homeInDenBosch = address('GM0796', "'s-Hertogenbosch", '2015-01-01', '5211AA');
const heldInAlmelo: DetentionContext = { admittedOn: '2024-03-01', institutions: ['PI-ALMELO'] };
const heldInVught: DetentionContext = { admittedOn: '2024-03-01', institutions: ['PI-VUGHT'] };

describe('routing by the BRP address while the person is held (art. 11a BJSG, seed 002)', () => {
  const cases: {
    law: string;
    addresses: BrpAddress[];
    detention?: DetentionContext;
    route: Route | { recipient: null; exception: string; reason: RegExp };
  }[] = [
    {
      law: 'an address in the town of an institution whose address is not verified, registered after the admission, may be the institution: an operator decides',
      addresses: [homeInDenBosch, address('GM0141', 'Almelo', '2024-03-05', '7600AA')],
      detention: heldInAlmelo,
      route: {
        recipient: null,
        exception: 'unverified-institution-address',
        reason: /valid from 2024-03-05.*admission on 2024-03-01.*PI Almelo.*not verified/,
      },
    },
    {
      law: 'the same address, registered on the day of the admission, is not trusted either',
      addresses: [address('GM0141', 'Almelo', '2024-03-01', '7600AA')],
      detention: heldInAlmelo,
      route: { recipient: null, exception: 'unverified-institution-address', reason: /PI Almelo/ },
    },
    {
      law: 'the same address, registered before the admission, is a home: its mayor is told',
      addresses: [address('GM0141', 'Almelo', '2020-01-01', '7600AA')],
      detention: heldInAlmelo,
      route: { recipient: 'GM0141' },
    },
    {
      law: 'an address in another town, registered after the admission, is trusted',
      addresses: [address('GM0796', "'s-Hertogenbosch", '2024-06-01', '5211AA')],
      detention: heldInAlmelo,
      route: { recipient: 'GM0796' },
    },
    {
      law: 'any stay of the episode counts: after a transfer from Almelo to Vught, an Almelo address of after the admission is still distrusted',
      addresses: [address('GM0141', 'Almelo', '2024-05-01', '7600AA')],
      detention: { admittedOn: '2024-03-01', institutions: ['PI-ALMELO', 'PI-VUGHT'] },
      route: { recipient: null, exception: 'unverified-institution-address', reason: /PI Almelo/ },
    },
    {
      law: 'a verified institution address is skipped as before, and the address before it decides',
      addresses: [
        homeInDenBosch,
        address(
          'GM0865',
          'Vught',
          '2024-03-02',
          vughtAddress.postalCode,
          vughtAddress.street,
          vughtAddress.houseNumber,
        ),
      ],
      detention: heldInVught,
      route: { recipient: 'GM0796' },
    },
    {
      law: 'in the town of an institution with a verified address, another address is a home',
      addresses: [address('GM0865', 'Vught', '2024-06-01', '5261AA')],
      detention: heldInVught,
      route: { recipient: 'GM0865' },
    },
    {
      law: 'without the detention context the address is taken as it is (the rules of before)',
      addresses: [address('GM0141', 'Almelo', '2024-03-05', '7600AA')],
      route: { recipient: 'GM0141' },
    },
  ];
  for (const c of cases) {
    it(c.law, () => {
      const route = routeByBrp(c.addresses, '2025-06-01', catalog, c.detention);
      if (c.route.recipient !== null || !('reason' in c.route) || typeof c.route.reason === 'string') {
        assert.deepEqual(route, c.route);
        return;
      }
      assert.equal(route.recipient, null);
      if (route.recipient !== null) return;
      assert.equal(route.exception, c.route.exception);
      assert.match(route.reason, c.route.reason);
    });
  }
});

describe('routing an address of a split municipality: Haaren (GM0788), split on 2021-01-01', () => {
  const cases: { law: string; city: string; postalCode: string; date?: string; recipient: string | null }[] =
    [
      { law: 'Helvoirt went to Vught', city: 'Helvoirt', postalCode: '5268AA', recipient: 'GM0865' },
      { law: 'Esch went to Boxtel', city: 'Esch', postalCode: '5296AA', recipient: 'GM0757' },
      {
        law: 'Biezenmortel went to Tilburg',
        city: 'Biezenmortel',
        postalCode: '5074AA',
        recipient: 'GM0855',
      },
      {
        law: 'the village of Haaren went to Oisterwijk',
        city: 'Haaren',
        postalCode: '5076AA',
        recipient: 'GM0824',
      },
      {
        law: 'the residence decides, in any case',
        city: 'HELVOIRT',
        postalCode: '9999ZZ',
        recipient: 'GM0865',
      },
      {
        law: 'without a known residence, the postal code decides',
        city: 'Onbekend',
        postalCode: '5296 ab',
        recipient: 'GM0757',
      },
      {
        law: 'before the split, Haaren is still Haaren',
        city: 'Helvoirt',
        postalCode: '5268AA',
        date: '2020-12-31',
        recipient: 'GM0788',
      },
      {
        law: 'an address that names none of the four villages is not guessed: an operator decides',
        city: 'Onbekend',
        postalCode: '9999ZZ',
        recipient: null,
      },
    ];
  for (const c of cases) {
    it(c.law, () => {
      const addresses = [address('GM0788', c.city, '2015-01-01', c.postalCode)];
      const route = routeByBrp(addresses, c.date ?? '2025-06-01', catalog);
      if (c.recipient !== null) {
        assert.deepEqual(route, { recipient: c.recipient });
        return;
      }
      assert.equal(route.recipient, null);
      if (route.recipient !== null) return;
      assert.equal(route.exception, 'unknown-municipality');
      assert.match(route.reason, /GM0788 Haaren was split on 2021-01-01.*Helvoirt → GM0865 Vught/);
      assert.match(route.reason, /"Onbekend" and postal code 9999ZZ name none/);
    });
  }

  it('routes a leave address the same way as a BRP address', () => {
    const leave = { municipalityCode: 'GM0788', city: 'Esch', postalCode: '5296AA' };
    assert.deepEqual(routeToMunicipality(leave, '2025-06-01', catalog), { recipient: 'GM0757' });
  });

  it('routes a bare code of a split municipality to the successor with most inhabitants, as before', () => {
    assert.deepEqual(routeToMunicipality('GM0788', '2025-06-01', catalog), { recipient: 'GM0824' });
  });
});

describe('routing an address of Winsum (GM0053), split on 2019-01-01', () => {
  const cases: [city: string, recipient: string][] = [
    ['Ezinge', 'GM1969'], // the villages of the former Ezinge: Westerkwartier
    ['Feerwerd', 'GM1969'],
    ['Garnwerd', 'GM1969'],
    ['Winsum', 'GM1966'], // the rest: Het Hogeland
    ['Baflo', 'GM1966'],
  ];
  for (const [city, recipient] of cases) {
    it(`${city} → ${recipient}`, () => {
      const route = routeByBrp([address('GM0053', city, '2015-01-01')], '2025-06-01', catalog);
      assert.deepEqual(route, { recipient });
    });
  }
});

describe("the operators' explanation of the routing", () => {
  const routing = (addresses: BrpAddress[], exception: 'unverified-institution-address' | null = null) =>
    explainRouting({
      box: 'bij',
      type: 'pi-beeindiging',
      recipient: null,
      exception,
      event: {},
      addresses,
      date: '2025-06-01',
      catalog,
    });
  const explain = (addresses: BrpAddress[], exception: 'unverified-institution-address' | null = null) =>
    routing(addresses, exception).explanation;
  const dutch = (addresses: BrpAddress[], exception: 'unverified-institution-address' | null = null) =>
    routing(addresses, exception).text;

  it('says why an address near an unverified institution is not trusted, naming the institution', () => {
    const text = explain(
      [address('GM0141', 'Almelo', '2024-03-05', '7600AA')],
      'unverified-institution-address',
    );
    assert.match(text, /not trusted.*PI Almelo \(De Karelskamp\).*not verified.*an operator decides/);
    assert.match(
      dutch([address('GM0141', 'Almelo', '2024-03-05', '7600AA')], 'unverified-institution-address'),
      /niet betrouwbaar.*PI Almelo \(De Karelskamp\).*niet is geverifieerd.*een operator beslist/,
    );
  });

  it('says how an address of a split municipality was placed', () => {
    assert.match(
      explain([address('GM0788', 'Helvoirt', '2015-01-01', '5268AA')]),
      /in GM0788, split on 2021-01-01: by its residence Helvoirt it lies in GM0865 Vught/,
    );
    assert.match(
      explain([address('GM0788', 'Onbekend', '2015-01-01')]),
      /not placed: GM0788 Haaren was split/,
    );
  });

  it('says the same in Dutch', () => {
    assert.match(
      dutch([address('GM0788', 'Helvoirt', '2015-01-01', '5268AA')]),
      /ligt in de voormalige gemeente Haaren \(GM0788\), op 1 januari 2021 opgedeeld; op grond van de woonplaats Helvoirt hoort het adres bij de gemeente Vught \(GM0865\)$/,
    );
    assert.match(
      dutch([address('GM0788', 'Onbekend', '2015-01-01')]),
      /is niet in een gemeente te plaatsen: de voormalige gemeente Haaren \(GM0788\) is op 1 januari 2021 opgedeeld \(.*Vught.*\); de woonplaats Onbekend/,
    );
    assert.equal(dutch([]), 'de BRP kent geen adres van deze persoon');
  });

  it('keeps the English words the explanation had before it had codes', () => {
    const split = explain([address('GM0788', 'Onbekend', '2015-01-01')]);
    const placed = catalog.resolveAddressMunicipality(
      { municipalityCode: 'GM0788', city: 'Onbekend', postalCode: '9999ZZ' },
      '2025-06-01',
    );
    assert.ok(placed.municipality === undefined);
    assert.ok(split.endsWith(`is not placed: ${placed.reason}`), split);
    assert.equal(explain([]), 'no BRP address');
  });
});
