/**
 * Municipal participation as the routing reads it (issue 13, item 9). A
 * municipality receives BIJ and re-integration notices in the Berichtenbox
 * only while it takes part in that box (BIJ since 2009, on the mayor's
 * request; re-integration on the authorisation the mayor signed), and only
 * when someone can open the box: a notice for a municipality that does not
 * take part on the notice's date, or whose box has no active user, goes to the
 * operators with that reason instead of into a box nobody reads.
 * The victims box (CJIB-IDV) and the RVDK are not municipalities: not subject.
 */
import { activeRoleHolders } from '../access/index.ts';
import type { Db } from '../platform/db.ts';
import { BOX_ROLE, type Box, type RoutingException } from './model.ts';
import { listRegistrations, type ParticipationBox } from './participation-store.ts';

/** What the routing needs to know, loaded once and read for every notice. */
export interface ParticipationSnapshot {
  /** The registered periods per `municipality|box`: from inclusive, until exclusive (null while open). */
  periods: ReadonlyMap<string, readonly { from: string; until: string | null }[]>;
  /** `organisation|box` for every box with at least one active user holding its role. */
  staffed: ReadonlySet<string>;
}

const key = (organisation: string, box: Box) => `${organisation}|${box}`;

const MUNICIPALITY = /^GM\d{4}$/;

/** The boxes that municipalities take part in; the victims box is CJIB's. */
export function isParticipationBox(box: Box): box is ParticipationBox {
  return box === 'bij' || box === 'reintegration';
}

export async function loadParticipation(db: Db): Promise<ParticipationSnapshot> {
  const [registrations, holders] = await Promise.all([listRegistrations(db), activeRoleHolders(db)]);
  const periods = new Map<string, { from: string; until: string | null }[]>();
  for (const r of registrations) {
    const k = key(r.municipalityCode, r.box);
    periods.set(k, [...(periods.get(k) ?? []), { from: r.from, until: r.until }]);
  }
  const staffed = new Set<string>();
  for (const box of ['bij', 'reintegration'] as const) {
    for (const h of holders)
      if (h.role === BOX_ROLE[box] && h.users > 0) staffed.add(key(h.organisation, box));
  }
  return { periods, staffed };
}

/** Whether `date` (YYYY-MM-DD) falls in one of the periods. */
export function inForce(periods: readonly { from: string; until: string | null }[], date: string): boolean {
  return periods.some((p) => p.from <= date && (p.until === null || date < p.until));
}

export type ParticipationException = {
  exception: Extract<RoutingException, 'not-participating' | 'no-active-user'>;
  reason: string;
};

/**
 * Why a notice for `municipalityCode`'s `box` on `date` (the Dutch date of
 * the triggering event) cannot go into that box, or undefined when it can or
 * when the recipient is not a municipality.
 */
export function participationException(
  snapshot: ParticipationSnapshot,
  box: Box,
  municipalityCode: string,
  date: string,
): ParticipationException | undefined {
  if (!isParticipationBox(box) || !MUNICIPALITY.test(municipalityCode)) return undefined;
  const periods = snapshot.periods.get(key(municipalityCode, box)) ?? [];
  if (!inForce(periods, date)) {
    const next = periods.find((p) => p.from > date);
    const last = periods.filter((p) => p.until !== null && p.until <= date && p.from < p.until).at(-1);
    const why = next
      ? `, registered from ${next.from}`
      : last
        ? `, ended on ${last.until}`
        : ', never registered';
    return {
      exception: 'not-participating',
      reason: `${municipalityCode} does not take part in the ${box} box on ${date}${why}`,
    };
  }
  if (!snapshot.staffed.has(key(municipalityCode, box))) {
    return {
      exception: 'no-active-user',
      reason: `${municipalityCode} takes part in the ${box} box, but no active user there holds the role ${BOX_ROLE[box]}`,
    };
  }
  return undefined;
}
