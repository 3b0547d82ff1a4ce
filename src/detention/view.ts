/**
 * The person view of Injus (seed 002: "van wanneer tot wanneer zit/zat iemand
 * vast en waar"): identity, the current status at a glance, and the timeline
 * of every episode across GW, JJI and TBS. Pure: built from what the stores
 * return and the reference data.
 */
import Type, { type Static } from 'typebox';
import type { BrpAddress, IdentityDetermination, Person } from '../identity/index.ts';
import { Nullable } from '../platform/formats.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import {
  caseSince,
  currentTitles,
  type Episode,
  type Stay,
  type TimelineEntry,
  type TitleVersion,
} from './model.ts';

// The person view is a contract with the portal: one schema, one name, and the
// types below are read from it, so the route, the builder and the OpenAPI
// document cannot drift apart.

export const InstitutionRef = Type.Object({
  code: Type.String(),
  name: Type.String(),
  sector: Type.String(),
});
export type InstitutionRef = Static<typeof InstitutionRef>;

export const TitleView = Type.Object({
  kind: Type.String(),
  name: Type.String(),
  irrevocable: Type.Boolean(),
  offences: Type.Array(
    Type.Object({
      code: Type.String(),
      description: Nullable(Type.String()),
      category: Nullable(Type.String()),
    }),
  ),
  sentenceDays: Nullable(Type.Integer()),
  caseNumber: Nullable(Type.String()),
  from: Type.String({ description: 'first day this version of the title was in force' }),
  until: Nullable(
    Type.String({
      description: 'first day it no longer was (a later change or its end); null while in force',
    }),
  ),
});
export type TitleView = Static<typeof TitleView>;

export const CurrentStatus = Type.Object({
  detained: Type.Boolean(),
  escaped: Type.Boolean(),
  institution: Nullable(InstitutionRef),
  /** In the current institution since. */
  since: Nullable(Type.String()),
  admittedOn: Nullable(Type.String()),
  titles: Type.Array(TitleView, {
    description:
      'the titles in force today; several at once are normal (a sentence in one case, pre-trial in another)',
  }),
  plannedEndDate: Nullable(Type.String()),
  releaseScheduledOn: Nullable(Type.String()),
  onLeave: Nullable(Type.Object({ from: Type.String(), until: Nullable(Type.String()) })),
  lastReleasedOn: Nullable(Type.String()),
});
export type CurrentStatus = Static<typeof CurrentStatus>;

export const EpisodeView = Type.Object({
  id: Type.Integer(),
  sector: Type.String(),
  admittedOn: Type.String(),
  releasedOn: Nullable(Type.String()),
  status: Type.String(),
  titles: Type.Array(TitleView, {
    description: 'the title history: every version of every case, oldest first',
  }),
  plannedEndDate: Nullable(Type.String()),
  stays: Type.Array(
    Type.Object({ institution: InstitutionRef, from: Type.String(), until: Nullable(Type.String()) }),
  ),
  timeline: Type.Array(
    Type.Object({
      type: Type.String(),
      date: Type.String(),
      occurredAt: Type.String(),
      institution: InstitutionRef,
      details: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});
export type EpisodeView = Static<typeof EpisodeView>;

export const PersonView = Type.Object(
  {
    person: Type.Object({
      skn: Type.String(),
      bsn: Nullable(Type.String()),
      surname: Type.String(),
      givenNames: Type.String(),
      birthDate: Type.String(),
      gender: Type.String(),
      address: Nullable(
        Type.Object({
          validFrom: Type.String(),
          municipalityCode: Type.String(),
          street: Type.String(),
          houseNumber: Type.String(),
          postalCode: Type.String(),
          city: Type.String(),
        }),
      ),
      identityDeterminations: Type.Array(
        Type.Object({ method: Type.String(), organisation: Type.String(), determinedAt: Type.String() }),
        { description: 'ID-vaststellingen: how, by whom and when the identity was established' },
      ),
    }),
    status: CurrentStatus,
    episodes: Type.Array(EpisodeView),
  },
  {
    $id: 'PersonView',
    title: 'PersonView',
    description: 'identity, current detention status and the timeline',
  },
);
export type PersonView = Static<typeof PersonView>;

function institutionRef(catalog: ReferenceCatalog, code: string): InstitutionRef {
  const institution = catalog.institution(code);
  return { code, name: institution?.name ?? code, sector: institution?.sector ?? 'onbekend' };
}

function titleView(catalog: ReferenceCatalog, title: TitleVersion, episode: Episode): TitleView {
  return {
    kind: title.kind,
    name: catalog.title(title.kind)?.name ?? title.kind,
    irrevocable: title.irrevocable,
    offences: title.offences.map((code) => {
      // Read as the rules read it: in the numbering of the day the case entered the episode.
      const article = catalog.offence(code, caseSince(episode.titles, title));
      return { code, description: article?.description ?? null, category: article?.category ?? null };
    }),
    sentenceDays: title.sentenceDays,
    caseNumber: title.caseNumber,
    from: title.from,
    until: title.until,
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
      titles: open ? currentTitles(open).map((t) => titleView(catalog, t, open)) : [],
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
      titles: episode.titles.map((t) => titleView(catalog, t, episode)),
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
