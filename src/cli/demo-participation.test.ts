import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { demoParticipation, demoStandIns } from './demo-participation.ts';

const catalog = defaultReferenceCatalog();
const DATE = '2026-12-03';

describe('demoParticipation', () => {
  const registrations = demoParticipation(catalog, DATE);
  const current = catalog.municipalitiesOn(DATE);

  it('registers every current municipality once for BIJ and once for re-integration', () => {
    assert.equal(registrations.length, current.length * 2);
    for (const box of ['bij', 'reintegration'] as const)
      assert.deepEqual(
        registrations.filter((r) => r.box === box).map((r) => r.municipalityCode),
        current.map((m) => m.code),
      );
  });

  it('starts BIJ in 2009 with ten municipalities, the rest by 2019 or when a merger formed them', () => {
    const bij = registrations.filter((r) => r.box === 'bij');
    assert.equal(bij.filter((r) => r.from === '2009-01-01').length, 10);
    for (const r of bij) {
      const formed = catalog.municipality(r.municipalityCode)?.validFrom ?? '';
      assert.ok(r.from < '2020-01-01' || r.from === formed, `${r.municipalityCode} ${r.from}`);
    }
  });

  it('starts re-integration from 2020 on an authorisation signed before the start', () => {
    for (const r of registrations.filter((x) => x.box === 'reintegration')) {
      assert.ok(r.from >= '2020-01-01', r.from);
      assert.ok(r.authorisation && r.authorisation.date < r.from, r.municipalityCode);
    }
  });
});

describe('demoStandIns', () => {
  it("gives every box an officer except those of demo users and Amsterdam's re-integration box", () => {
    const standIns = demoStandIns(catalog, DATE, [
      { organisation: 'GM0363', roles: ['bij-officer'] },
      { organisation: 'GM0599', roles: ['reintegration-officer'] },
    ]);
    const current = catalog.municipalitiesOn(DATE).length;
    assert.equal(standIns.length, current * 2 - 3);
    assert.ok(!standIns.some((u) => u.organisation === 'GM0363'));
    assert.equal(new Set(standIns.map((u) => u.username)).size, standIns.length);
  });
});
