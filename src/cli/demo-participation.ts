/**
 * The demo's municipal participation (issue 13, item 9), so the demo's BIJ
 * and re-integration notices reach boxes someone reads. BIJ began in 2009
 * with 10 municipalities and now has 342 (seed 002); which ten is not in
 * the seed, so the demo takes the ten largest (an assumption, not a fact),
 * and lets the others join over 2010–2019. Re-integration joins over
 * 2020–2021, each on an authorisation signed two weeks before. Every
 * (municipality, box) without a demo user gets one stand-in officer who
 * cannot log in (no password, no OIDC link), except Amsterdam's
 * re-integration box: left without a user on purpose, so the operators'
 * queue shows `no-active-user`.
 */
import type { Role } from '../access/index.ts';
import type { NewRegistration } from '../notifications/index.ts';
import type { ReferenceCatalog } from '../reference/index.ts';

/** Where the CBS list starts: a validFrom after it is the day a merger formed the municipality. */
const LIST_START = '2019-01-01';

/** A stable spread over `months` months from `start`, by the municipality code. */
function monthFrom(code: string, start: string, months: number): string {
  const n = [...code].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_003, 7) % months;
  const [year, month] = start.split('-').map(Number) as [number, number];
  const total = year * 12 + (month - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

const twoWeeksBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 14 * 86_400_000).toISOString().slice(0, 10);

export function demoParticipation(catalog: ReferenceCatalog, date: string): NewRegistration[] {
  const current = catalog.municipalitiesOn(date);
  const pioneers = new Set(
    [...current]
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
      .slice(0, 10)
      .map((m) => m.code),
  );
  return current.flatMap((m) => {
    const formed = m.validFrom > LIST_START ? m.validFrom : '';
    const bijFrom = pioneers.has(m.code) ? '2009-01-01' : monthFrom(m.code, '2010-01-01', 120);
    const reintegrationFrom = monthFrom(`${m.code}-ri`, '2020-01-01', 18);
    const later = (a: string) => (formed > a ? formed : a);
    const riFrom = later(reintegrationFrom);
    return [
      { municipalityCode: m.code, box: 'bij' as const, from: later(bijFrom) },
      {
        municipalityCode: m.code,
        box: 'reintegration' as const,
        from: riFrom,
        authorisation: {
          reference: `MACHT-RI-${m.code}-${riFrom.slice(0, 4)}`,
          date: twoWeeksBefore(riFrom),
        },
      },
    ];
  });
}

/** The role each box needs (BOX_ROLE), for stand-ins. */
const STAND_IN: Record<'bij' | 'reintegration', { role: Role; prefix: string; label: string }> = {
  bij: { role: 'bij-officer', prefix: 'bij', label: 'BIJ-functionaris' },
  reintegration: { role: 'reintegration-officer', prefix: 'nazorg', label: 'Nazorgmedewerker' },
};

/** Boxes left without a user on purpose (see above). */
const UNSTAFFED = new Set(['GM0363|reintegration']);

/** One stand-in officer per box that has no demo user, without a way to log in. */
export function demoStandIns(
  catalog: ReferenceCatalog,
  date: string,
  demoUsers: readonly { organisation: string; roles: readonly Role[] }[],
): { username: string; displayName: string; organisation: string; roles: Role[] }[] {
  return catalog.municipalitiesOn(date).flatMap((m) =>
    (['bij', 'reintegration'] as const)
      .filter((box) => !UNSTAFFED.has(`${m.code}|${box}`))
      .filter(
        (box) => !demoUsers.some((u) => u.organisation === m.code && u.roles.includes(STAND_IN[box].role)),
      )
      .map((box) => ({
        username: `${STAND_IN[box].prefix}.${m.code.toLowerCase()}`,
        displayName: `${STAND_IN[box].label} ${m.name} (demo, kan niet inloggen)`,
        organisation: m.code,
        roles: [STAND_IN[box].role],
      })),
  );
}
