/**
 * Every part of a routing explanation has its Dutch text (issue 14): the portal shows the
 * operators why a notice went where it went, or could not go anywhere, in Dutch. A new code
 * or placement without its Dutch words fails here, not in front of an operator.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  dutchRouting,
  englishRouting,
  PLACEMENTS,
  ROUTING_CODES,
  type RoutingCode,
  type RoutingReason,
} from './routing-texts.ts';

/** Values for every parameter any part names. */
const PARAMS = {
  recipient: 'RVDK',
  address: 'Damrak 1, 1012LG Amsterdam',
  validFrom: '2020-02-03',
  code: 'GM0788',
  name: 'Vught',
  fromName: 'Haaren',
  to: 'GM0865',
  from: 'GM0788',
  date: '2021-01-01',
  by: 'residence',
  city: 'Helvoirt',
  postalCode: '5268AA',
  successors: 'Helvoirt → GM0865 Vught, Esch → GM0757 Boxtel',
  institutions: 'PI Almelo (De Karelskamp)',
  offences: 'Sr 999',
};

/** Words that give away an English text left untranslated. */
const ENGLISH_WORDS =
  /\b(the|is not|not|no|only|always|address|entered|valid|from|split|merged|into|lies|offence|known|none|operator decides)\b/i;

const part = (code: RoutingCode, params: Record<string, string> = PARAMS): RoutingReason => ({
  code,
  params,
});

describe('the words of a routing explanation', () => {
  it('gives every code an English and a Dutch text, and the Dutch one is Dutch', () => {
    for (const code of ROUTING_CODES) {
      for (const placement of PLACEMENTS) {
        for (const by of ['residence', 'postal-code', 'rest']) {
          const reason = part(code, { ...PARAMS, placement, by });
          const dutch = dutchRouting([reason]);
          assert.ok(englishRouting([reason]).length > 0, code);
          assert.ok(dutch.length > 0, code);
          assert.doesNotMatch(dutch, ENGLISH_WORDS, `${code}/${placement}: ${dutch}`);
          assert.doesNotMatch(
            dutch,
            /undefined|\bby\b|residence|postal-code/,
            `${code}/${placement}: ${dutch}`,
          );
        }
      }
    }
  });

  // One row per way an address can be placed: the Dutch an operator reads, and the English the API keeps.
  const placements: [string, Record<string, string>, string, string][] = [
    [
      'in the municipality of its code',
      { placement: 'same', code: 'GM0363', name: 'Amsterdam' },
      'ligt in de gemeente Amsterdam (GM0363)',
      'in GM0363 Amsterdam',
    ],
    [
      'in the municipality its code merged into',
      {
        placement: 'merged',
        code: 'GM0457',
        fromName: 'Weesp',
        date: '2022-03-24',
        to: 'GM0363',
        name: 'Amsterdam',
      },
      'ligt in de voormalige gemeente Weesp (GM0457), op 24 maart 2022 opgegaan in de gemeente Amsterdam (GM0363)',
      'in GM0457, on 2022-03-24 merged into GM0363 Amsterdam',
    ],
    [
      'in a part of a split municipality, by its residence',
      { ...PARAMS, placement: 'split', by: 'residence' },
      'ligt in de voormalige gemeente Haaren (GM0788), op 1 januari 2021 opgedeeld; ' +
        'op grond van de woonplaats Helvoirt hoort het adres bij de gemeente Vught (GM0865)',
      'in GM0788, split on 2021-01-01: by its residence Helvoirt it lies in GM0865 Vught',
    ],
    [
      'in a part of a split municipality, by its postal code',
      { ...PARAMS, placement: 'split', by: 'postal-code' },
      'ligt in de voormalige gemeente Haaren (GM0788), op 1 januari 2021 opgedeeld; ' +
        'op grond van de postcode 5268AA hoort het adres bij de gemeente Vught (GM0865)',
      'in GM0788, split on 2021-01-01: by its postal code 5268AA it lies in GM0865 Vught',
    ],
    [
      'nowhere: a code nobody knows',
      { placement: 'unknown-code', code: 'GM9998' },
      'heeft gemeentecode GM9998, die niet bekend is',
      'in GM9998, a municipality code that is not known',
    ],
    [
      'nowhere: a split whose parts the address names none of',
      { ...PARAMS, placement: 'split-unplaced', city: 'Onbekend' },
      'is niet in een gemeente te plaatsen: de voormalige gemeente Haaren (GM0788) is op 1 januari 2021 opgedeeld ' +
        '(Helvoirt → GM0865 Vught, Esch → GM0757 Boxtel); de woonplaats Onbekend en de postcode 5268AA horen bij geen van de delen',
      'not placed: GM0788 Haaren was split on 2021-01-01 (Helvoirt → GM0865 Vught, Esch → GM0757 Boxtel); ' +
        'the address\'s residence "Onbekend" and postal code 5268AA name none of them',
    ],
  ];
  for (const [name, params, dutch, english] of placements) {
    it(`says where a leave address lies: ${name}`, () => {
      const leave = part('leave-address', { ...params, address: 'Coolsingel 40, 3011AD Rotterdam' });
      assert.equal(
        dutchRouting([leave]),
        `het opgegeven verlofadres (Coolsingel 40, 3011AD Rotterdam) ${dutch}`,
      );
      assert.equal(
        englishRouting([leave]),
        `the entered leave address (Coolsingel 40, 3011AD Rotterdam) is ${english}`,
      );
    });
  }

  it('tells the BRP address with the date it holds from, and joins the parts as the explanation always did', () => {
    const reasons = [
      part('unknown-offence', { offences: 'Sr 999' }),
      part('brp-address', {
        validFrom: '2020-02-03',
        address: 'Damrak 1, 1012LG Amsterdam',
        placement: 'same',
        code: 'GM0363',
        name: 'Amsterdam',
      }),
    ];
    assert.equal(
      dutchRouting(reasons),
      'het feit Sr 999 staat niet in de referentiegegevens, dus is niet vast te stellen of BIJ geldt: ' +
        'een operator beslist; het laatste BRP-adres dat geen adres van een DJI-inrichting is ' +
        '(geldig vanaf 3 februari 2020: Damrak 1, 1012LG Amsterdam) ligt in de gemeente Amsterdam (GM0363)',
    );
    assert.equal(
      englishRouting(reasons),
      'unknown offence Sr 999: the reference data cannot tell whether BIJ applies, so an operator decides; ' +
        "the last BRP address that is not a DJI institution's (valid from 2020-02-03: Damrak 1, 1012LG Amsterdam) is in GM0363 Amsterdam",
    );
  });

  it('names the fixed recipients and the offences in Dutch', () => {
    assert.equal(
      dutchRouting([part('fixed', { recipient: 'RVDK' })]),
      'altijd naar de Raad voor de Kinderbescherming (RVDK)',
    );
    assert.equal(
      dutchRouting([part('unknown-offence', { offences: 'Sr 998, Sr 999' })]),
      'de feiten Sr 998, Sr 999 staan niet in de referentiegegevens, dus is niet vast te stellen of BIJ geldt: een operator beslist',
    );
    assert.match(
      dutchRouting([part('unverified-institution-address', { institutions: '' })]),
      /een inrichting van deze detentie/,
    );
  });
});
