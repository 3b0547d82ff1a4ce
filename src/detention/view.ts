/**
 * The person view of Injus (seed 002: "van wanneer tot wanneer zit/zat iemand
 * vast en waar"): identity, the current status at a glance, and the timeline
 * of every episode across GW, JJI and TBS. Pure: built from what the stores
 * return and the reference data.
 */
import type { BrpAddress, IdentityDetermination, Person } from '../identity/index.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import type { Episode, Stay, TimelineEntry } from './model.ts';

export interface InstitutionRef {
  code: string;
  name: string;
  sector: string;
}

export interface TitleView {
  kind: string;
  name: string;
  irrevocable: boolean;
  offences: { code: string; description: string | null; category: string | null }[];
  sentenceDays: number | null;
  caseNumber: string | null;
}

export interface CurrentStatus {
  detained: boolean;
  escaped: boolean;
  institution: InstitutionRef | null;
  /** In the current institution since. */
  since: string | null;
  admittedOn: string | null;
  title: TitleView | null;
  plannedEndDate: string | null;
  releaseScheduledOn: string | null;
  onLeave: { from: string; until: string | null } | null;
  lastReleasedOn: string | null;
}

export interface EpisodeView {
  id: number;
  sector: string;
  admittedOn: string;
  releasedOn: string | null;
  status: string;
  title: TitleView;
  plannedEndDate: string | null;
  stays: { institution: InstitutionRef; from: string; until: string | null }[];
  timeline: {
    type: string;
    date: string;
    occurredAt: string;
    institution: InstitutionRef;
    details: Record<string, unknown>;
  }[];
}

export interface PersonView {
  person: Person & { address: BrpAddress | null; identityDeterminations: IdentityDetermination[] };
  status: CurrentStatus;
  episodes: EpisodeView[];
}

function institutionRef(catalog: ReferenceCatalog, code: string): InstitutionRef {
  const institution = catalog.institution(code);
  return { code, name: institution?.name ?? code, sector: institution?.sector ?? 'onbekend' };
}

function titleView(catalog: ReferenceCatalog, episode: Episode): TitleView {
  return {
    kind: episode.title.kind,
    name: catalog.title(episode.title.kind)?.name ?? episode.title.kind,
    irrevocable: episode.title.irrevocable,
    offences: episode.title.offences.map((code) => {
      const article = catalog.offence(code);
      return { code, description: article?.description ?? null, category: article?.category ?? null };
    }),
    sentenceDays: episode.title.sentenceDays,
    caseNumber: episode.title.caseNumber,
  };
}

/** A leave that covers `today`: granted leave within its dates. */
function leaveOn(
  timeline: readonly TimelineEntry[],
  episodeId: number,
  today: string,
): CurrentStatus['onLeave'] {
  for (const entry of timeline) {
    if (entry.episodeId !== episodeId || entry.type !== 'leave-granted') continue;
    const from = String(entry.details.leaveFrom);
    const until = entry.details.leaveUntil ? String(entry.details.leaveUntil) : null;
    if (from <= today && (until === null || today <= until)) return { from, until };
  }
  return null;
}

/** The address in force on `today`: the last one valid from that day or before. */
export function addressOn(addresses: readonly BrpAddress[], today: string): BrpAddress | null {
  let current: BrpAddress | null = null;
  for (const a of addresses) if (a.validFrom <= today) current = a;
  return current;
}

export function buildPersonView(
  person: Person,
  addresses: readonly BrpAddress[],
  determinations: readonly IdentityDetermination[],
  history: { episodes: readonly Episode[]; stays: readonly Stay[]; timeline: readonly TimelineEntry[] },
  catalog: ReferenceCatalog,
  today: string,
): PersonView {
  const open = history.episodes.find((e) => e.status !== 'released');
  const currentStay = open
    ? history.stays.find((s) => s.episodeId === open.id && s.untilDate === null)
    : undefined;
  const lastReleased = [...history.episodes].reverse().find((e) => e.releasedOn !== null);
  return {
    person: { ...person, address: addressOn(addresses, today), identityDeterminations: [...determinations] },
    status: {
      detained: open !== undefined,
      escaped: open?.status === 'escaped',
      institution: open ? institutionRef(catalog, open.institution) : null,
      since: currentStay?.fromDate ?? null,
      admittedOn: open?.admittedOn ?? null,
      title: open ? titleView(catalog, open) : null,
      plannedEndDate: open?.plannedEndDate ?? null,
      releaseScheduledOn: open?.releaseScheduledOn ?? null,
      onLeave: open ? leaveOn(history.timeline, open.id, today) : null,
      lastReleasedOn: lastReleased?.releasedOn ?? null,
    },
    episodes: history.episodes.map((episode) => ({
      id: episode.id,
      sector: episode.sector,
      admittedOn: episode.admittedOn,
      releasedOn: episode.releasedOn,
      status: episode.status,
      title: titleView(catalog, episode),
      plannedEndDate: episode.plannedEndDate,
      stays: history.stays
        .filter((s) => s.episodeId === episode.id)
        .map((s) => ({
          institution: institutionRef(catalog, s.institution),
          from: s.fromDate,
          until: s.untilDate,
        })),
      timeline: history.timeline
        .filter((t) => t.episodeId === episode.id)
        .map((t) => ({
          type: t.type,
          date: t.onDate,
          occurredAt: t.occurredAt,
          institution: institutionRef(catalog, t.institution),
          details: t.details,
        })),
    })),
  };
}
