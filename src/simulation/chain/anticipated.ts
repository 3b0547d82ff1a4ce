/**
 * Sentences whose detention starts after the period, drawn like the engine's
 * admissions, for the part of their history that lies before its end.
 */
import { yearOf } from '../calendar.ts';
import { drawJuvenileCase, drawPrisonBeforeTbs, drawPrisonCase } from '../episodes.ts';
import type { Sector, SimTitle, TitleKind } from '../model.ts';
import type { OffenceMix } from '../offences.ts';
import { ADULT_AGE, JUVENILE_AGE } from '../people.ts';
import { NATIONAL } from '../presets.ts';
import { ANTICIPATED_YEARS } from './calibration.ts';
import type { ChainContext } from './context.ts';
import { writeDetentionCase } from './detention-cases.ts';
import { newPerson, poisson } from './draws.ts';
import { firstDayOfYear } from './records.ts';

/**
 * Sentences whose detention starts after the period (the engine does not
 * make those admissions): their registration, OM case and verdict often lie
 * in the period, and an extract taken at its end has them. Drawn like the
 * engine's admissions (same rates and distributions) over the years after
 * the period, each with a new person; only what happened before the end is
 * written. Without them the last year or two of a run would miss about a
 * third of the sentences to prison, TBS and PIJ.
 */
export function anticipate(ctx: ChainContext): void {
  const rng = ctx.rng;
  const end = ctx.toDay;
  const { scale, smallSectorBoost } = ctx.options;
  const tbs = NATIONAL.tbsAdmissionsPerYear * scale * smallSectorBoost;
  const streams: [Sector | 'prison-then-tbs', number][] = [
    ['GW', NATIONAL.prisonAdmissionsPerYear * scale - tbs * NATIONAL.tbsAfterPrisonShare],
    ['JJI', NATIONAL.juvenileAdmissionsPerYear * scale * smallSectorBoost],
    ['TBS', tbs * (1 - NATIONAL.tbsAfterPrisonShare)],
    ['prison-then-tbs', tbs * NATIONAL.tbsAfterPrisonShare],
  ];
  for (const [stream, perYear] of streams) {
    const n = poisson(ctx, Math.max(0, perYear) * ANTICIPATED_YEARS);
    for (let i = 0; i < n; i++) {
      const admission = end + Math.floor(rng.float() * ANTICIPATED_YEARS * 365);
      let title: SimTitle;
      let year: number;
      let sector: Sector = 'GW';
      let tbsAdmission = -1;
      if (stream === 'GW') {
        const c = drawPrisonCase(rng);
        if (c.kind === 'pre-trial') continue;
        year = yearOf(admission - rng.int(30, 700));
        title = anticipatedTitle(ctx, c.kind, c.mix, c.sentenceDays, c.irrevocable, admission);
      } else if (stream === 'JJI') {
        const c = drawJuvenileCase(rng);
        if (c.kind === 'pre-trial') continue;
        sector = 'JJI';
        year = yearOf(admission - rng.int(20, 300));
        const pij = c.kind === 'pij';
        title = anticipatedTitle(
          ctx,
          c.kind,
          pij ? 'pij' : 'juvenile',
          c.sentenceDays,
          pij || rng.chance(0.9),
          admission,
        );
      } else if (stream === 'TBS') {
        sector = 'TBS';
        year = yearOf(admission - rng.int(60, 900));
        title = anticipatedTitle(ctx, 'tbs-dwangverpleging', 'tbs', 730, true, admission);
      } else {
        const c = drawPrisonBeforeTbs(rng);
        year = yearOf(admission - rng.int(30, 700));
        title = anticipatedTitle(ctx, 'prison-sentence', c.mix, c.sentenceDays, true, admission);
        tbsAdmission = admission + c.length;
      }
      // Registered at most about a year before the case came in at the OM.
      if (firstDayOfYear(year) - 400 >= end) continue;
      let age: number;
      if (sector === 'JJI') {
        age = JUVENILE_AGE.pick(rng);
      } else {
        const [lo, hi] = ADULT_AGE.pick(rng);
        age = rng.int(lo, hi);
      }
      writeDetentionCase(ctx, {
        person: newPerson(ctx, admission, age),
        title,
        parketnummer: '',
        caseYear: year,
        sector,
        admission,
        judgment: -1,
        plannedEnd: -1,
        release: -1,
        tbsFollows: tbsAdmission >= 0,
        tbsAdmission,
        tbsRelease: -1,
      });
    }
  }
}

export function anticipatedTitle(
  ctx: ChainContext,
  kind: TitleKind,
  mix: OffenceMix,
  sentenceDays: number,
  irrevocable: boolean,
  day: number,
): SimTitle {
  const { offences } = ctx.offences.pick(mix, ctx.rng, day);
  return { kind, irrevocable, offences, sentenceDays, caseNumber: '' };
}
