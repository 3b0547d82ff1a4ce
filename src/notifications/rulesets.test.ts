/**
 * The legal basis a notice prints, per box and sector (docs/decisions/0009):
 * the prison law for a prison, the JJI law for a JJI, the TBS law for a TBS
 * clinic; and a rule-set file written before (one text per box) still valid.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Compile } from 'typebox/compile';
import {
  type LegalBasisBox,
  type LegalBasisSector,
  legalBasisOf,
  RULE_SETS,
  RuleSet,
  ruleSetOn,
} from './rulesets.ts';

const check = Compile(RuleSet);

describe('legalBasisOf', () => {
  const rows: [LegalBasisBox, LegalBasisSector, string][] = [
    ['reintegration', 'GW', 'art. 18a Penitentiaire beginselenwet'],
    ['reintegration', 'JJI', 'Beginselenwet justitiële jeugdinrichtingen'],
    ['reintegration', 'TBS', 'Beginselenwet verpleging ter beschikking gestelden'],
    ['bij', 'GW', 'art. 11a Besluit justitiële en strafvorderlijke gegevens'],
    ['bij', 'JJI', 'art. 11a Besluit justitiële en strafvorderlijke gegevens'],
    ['bij', 'TBS', 'art. 11a Besluit justitiële en strafvorderlijke gegevens'],
    ['risk18b', 'GW', 'art. 18b Penitentiaire beginselenwet'],
    ['victims', 'JJI', 'art. 51ac Wetboek van Strafvordering'],
  ];
  for (const [box, sector, expected] of rows) {
    it(`a ${box} notice for a stay in ${sector} rests on ${expected}`, () => {
      assert.equal(legalBasisOf(ruleSetOn('2025-06-10'), box, sector), expected);
    });
  }

  it('no JJI or TBS re-integration notice names the prison law', () => {
    for (const set of RULE_SETS) {
      for (const sector of ['JJI', 'TBS'] as const)
        assert.doesNotMatch(legalBasisOf(set, 'reintegration', sector), /Penitentiaire/);
    }
  });
});

describe('RuleSet (replay --rules FILE)', () => {
  const old = {
    name: 'mijn-regels',
    description: 'written before issue 13',
    validFrom: '2000-01-01',
    validUntil: null,
    bij: { categories: ['sexual'], longSentenceCategories: [] },
    risk18b: true,
    legalBasis: {
      bij: 'art. 11a BJSG',
      risk18b: 'art. 18b Pbw',
      reintegration: 'art. 18a Pbw',
      victims: 'art. 51ac Sv',
    },
  };

  it('accepts a file of the old shape, one text per box, and reads it for every sector', () => {
    assert.ok(check.Check(old));
    assert.equal(legalBasisOf(old as RuleSet, 'reintegration', 'TBS'), 'art. 18a Pbw');
  });

  it('accepts a text per sector where the law differs, and refuses an unknown sector', () => {
    const perSector = {
      ...old,
      legalBasis: { ...old.legalBasis, bySector: { reintegration: { JJI: 'Bjj' } } },
    };
    assert.ok(check.Check(perSector));
    assert.equal(legalBasisOf(perSector as RuleSet, 'reintegration', 'JJI'), 'Bjj');
    assert.equal(legalBasisOf(perSector as RuleSet, 'reintegration', 'GW'), 'art. 18a Pbw');
    const bad = { ...old, legalBasis: { ...old.legalBasis, bySector: { reintegration: { PI: 'x' } } } };
    assert.equal(check.Check(bad), false);
  });

  it("the service's own rule sets are valid rule-set files", () => {
    for (const set of RULE_SETS) assert.ok(check.Check(set), set.name);
  });
});
