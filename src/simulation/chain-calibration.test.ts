/** The chain extracts near the national volumes, shares and reconviction rates, at a reduced scale. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OM_DECISIONS, VERDICT_OUTCOMES } from '../statistics/index.ts';
import { dayOf } from './calendar.ts';
import { runChain } from './chain.fixtures.ts';
import { CHAIN_NATIONAL } from './index.ts';

describe('chain extracts: calibration at a reduced scale', async () => {
  // Five years at 2% of the national volumes: 2022 is a full year in the middle.
  const scale = 0.022;
  const run = await runChain('calibration', { preset: 'demo', from: '2021-01-01', years: 5, seed: 3 });
  const year = run.summary.years['2022'];
  assert.ok(year);
  const near = (what: string, actual: number, target: number, tolerance: number) => {
    assert.ok(
      Math.abs(actual - target) <= tolerance * target,
      `${what}: ${Math.round(actual)} against ${Math.round(target)} (±${tolerance * 100}%)`,
    );
  };

  test('volumes a year: registered crimes, suspects, OM inflow, verdicts', () => {
    near('registered crimes', year.rows['politie-misdrijven'], 800_000 * scale, 0.06);
    near('suspects', year.rows['politie-verdachten'], 200_000 * scale, 0.1);
    near('OM inflow', year.rows['om-zaken'], 190_000 * scale, 0.1);
    near('verdicts', year.rows['rechtspraak-vonnissen'], 90_000 * scale, 0.15);
    near('clearance', year.cleared / year.rows['politie-misdrijven'], 0.245, 0.1);
  });

  test('registered crime by SCM main group: property about half', () => {
    const total = year.rows['politie-misdrijven'];
    for (const [group, share] of Object.entries(CHAIN_NATIONAL.scmMix)) {
      near(`SCM group ${group}`, (year.scmGroups[group] ?? 0) / total, share, share < 0.1 ? 0.35 : 0.12);
    }
  });

  test('OM decisions, verdict outcomes and sanctions in their national shares', () => {
    const decisions = OM_DECISIONS.reduce((sum, d) => sum + year.decisions[d], 0);
    const targets = {
      'technical-dismissal': 0.08,
      'policy-dismissal': 0.12,
      'om-penalty-order': 0.25,
      summons: 0.5,
      joined: 0.05,
    };
    for (const d of OM_DECISIONS) near(d, year.decisions[d] / decisions, targets[d], 0.25);
    const verdicts = VERDICT_OUTCOMES.reduce((sum, o) => sum + year.outcomes[o], 0);
    near('convictions', year.outcomes.conviction / verdicts, 0.9, 0.05);
    const c = year.convictions;
    const convictions =
      c.unconditionalPrison + c.communityService + c.fine + c.conditionalOnly + c.measureOnly;
    near('unconditional prison', c.unconditionalPrison / convictions, 0.35, 0.15);
    near('community service', c.communityService / convictions, 0.3, 0.15);
    near('fine', c.fine / convictions, 0.25, 0.15);
  });

  test('reconviction within two years: 40–45% after prison, about 30% after community service, less after a fine', () => {
    const files = run.files;
    const registrations = new Map(files['politie-misdrijven'].rows.map((r) => [r.registration_id, r]));
    const verdicts = new Map(files['rechtspraak-vonnissen'].rows.map((r) => [r.parketnummer, r]));
    // A person's later cases ending in a conviction or an OM penalty order, by the day of the offence.
    const guilty = new Map<string, number[]>();
    for (const c of files['om-zaken'].rows) {
      const convicted =
        c.decision === 'om-penalty-order' || verdicts.get(c.parketnummer)?.outcome === 'conviction';
      if (!convicted) continue;
      const r = c.registration_id === null ? undefined : registrations.get(c.registration_id);
      const fact = dayOf(r?.committed_on ?? r?.registered_on ?? c.inflow_on ?? '');
      const list = guilty.get(c.skn ?? '') ?? [];
      list.push(fact);
      guilty.set(c.skn ?? '', list);
    }
    const share = (cohort: Map<string, number>) => {
      let reconvicted = 0;
      for (const [skn, day] of cohort) {
        if ((guilty.get(skn) ?? []).some((fact) => fact > day && fact <= day + 730)) reconvicted++;
      }
      return reconvicted / cohort.size;
    };
    const firstIn2022 = (entries: [string, string][]) => {
      const cohort = new Map<string, number>();
      for (const [skn, date] of entries) {
        if (date.startsWith('2022') && !cohort.has(skn)) cohort.set(skn, dayOf(date));
      }
      return cohort;
    };
    const released = firstIn2022(
      run.events.flatMap((e): [string, string][] =>
        e.type === 'release' && e.source === 'TULP-GW' ? [[e.skn, e.releaseDate]] : [],
      ),
    );
    const verdictRows = files['rechtspraak-vonnissen'].rows.filter(
      (v) =>
        v.outcome === 'conviction' && Number(v.prison_days ?? 0) === Number(v.prison_conditional_days ?? 0),
    );
    const service = firstIn2022(
      verdictRows
        .filter((v) => v.community_service_hours !== null)
        .map((v) => [v.skn ?? '', v.verdict_on ?? '']),
    );
    const fined = firstIn2022(
      verdictRows
        .filter((v) => v.fine_eur !== null && v.community_service_hours === null)
        .map((v) => [v.skn ?? '', v.verdict_on ?? '']),
    );
    assert.ok(released.size > 300 && service.size > 200 && fined.size > 150);
    const prison = share(released);
    const cs = share(service);
    const fine = share(fined);
    assert.ok(prison >= 0.35 && prison <= 0.52, `after prison ${prison}`);
    assert.ok(cs >= 0.22 && cs <= 0.38, `after community service ${cs}`);
    assert.ok(fine < cs && fine >= 0.1, `after a fine ${fine}`);
  });
});
