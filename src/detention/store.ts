/** SQL for the detention projections. Rows become domain types here. */
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../platform/db.ts';
import type { DetentionEpisodesTable } from '../platform/schema.ts';
import type { Episode, Stay, TimelineEntry, TitleVersion } from './model.ts';
import type { PersonDetention } from './transitions.ts';

type EpisodeRow = Omit<DetentionEpisodesTable, 'titles' | 'risk18b'> & {
  titles: unknown[];
  risk18b: string[] | null;
};

function toEpisode(row: EpisodeRow, stays: readonly Stay[]): Episode {
  const institutions = stays.filter((s) => s.episodeId === row.id).map((s) => s.institution);
  return {
    institutions: institutions.length > 0 ? institutions : [row.institution],
    id: row.id,
    skn: row.skn,
    sector: row.sector,
    admittedOn: row.admitted_on,
    titles: row.titles as TitleVersion[],
    plannedEndDate: row.planned_end_date,
    institution: row.institution,
    status: row.status,
    releaseScheduledOn: row.release_scheduled_on,
    risk18b: row.risk18b,
    conditionalTerminationOn: row.conditional_termination_on,
    drPlanShared: row.dr_plan_shared,
    releasedOn: row.released_on,
    lastEventLogId: row.last_event_log_id,
  };
}

function toStay(row: {
  id: number;
  episode_id: number;
  skn: string;
  institution: string;
  from_date: string;
  until_date: string | null;
}): Stay {
  return {
    id: row.id,
    episodeId: row.episode_id,
    skn: row.skn,
    institution: row.institution,
    fromDate: row.from_date,
    untilDate: row.until_date,
  };
}

/** The open episode and current stay of each of `skns` that is detained (or escaped). */
export async function loadOpenDetentions(
  db: Db,
  skns: readonly string[],
): Promise<Map<string, PersonDetention>> {
  const out = new Map<string, PersonDetention>();
  if (skns.length === 0) return out;
  const episodes = (await db
    .selectFrom('detention_episodes')
    .selectAll()
    .where('skn', 'in', skns)
    .where('status', '<>', 'released')
    .execute()) as EpisodeRow[];
  if (episodes.length === 0) return out;
  // Every stay of the open episodes, in order: the current one, and the institutions the routing weighs.
  const stays = (
    await db
      .selectFrom('detention_stays')
      .selectAll()
      .where(
        'episode_id',
        'in',
        episodes.map((e) => e.id),
      )
      .orderBy('from_date')
      .orderBy('id')
      .execute()
  ).map(toStay);
  const stayOf = new Map(stays.filter((s) => s.untilDate === null).map((s) => [s.episodeId, s]));
  for (const row of episodes) out.set(row.skn, { episode: toEpisode(row, stays), stay: stayOf.get(row.id) });
  return out;
}

export async function upsertEpisodes(db: Db, episodes: readonly Episode[]): Promise<void> {
  if (episodes.length === 0) return;
  await db
    .insertInto('detention_episodes')
    .values(
      episodes.map((e) => ({
        id: e.id,
        skn: e.skn,
        sector: e.sector,
        admitted_on: e.admittedOn,
        titles: JSON.stringify(e.titles),
        planned_end_date: e.plannedEndDate,
        institution: e.institution,
        status: e.status,
        release_scheduled_on: e.releaseScheduledOn,
        risk18b: e.risk18b ? JSON.stringify(e.risk18b) : null,
        conditional_termination_on: e.conditionalTerminationOn,
        dr_plan_shared: e.drPlanShared,
        released_on: e.releasedOn,
        last_event_log_id: e.lastEventLogId,
      })),
    )
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        sector: eb.ref('excluded.sector'),
        titles: eb.ref('excluded.titles'),
        planned_end_date: eb.ref('excluded.planned_end_date'),
        institution: eb.ref('excluded.institution'),
        status: eb.ref('excluded.status'),
        release_scheduled_on: eb.ref('excluded.release_scheduled_on'),
        risk18b: eb.ref('excluded.risk18b'),
        conditional_termination_on: eb.ref('excluded.conditional_termination_on'),
        dr_plan_shared: eb.ref('excluded.dr_plan_shared'),
        released_on: eb.ref('excluded.released_on'),
        last_event_log_id: eb.ref('excluded.last_event_log_id'),
      })),
    )
    .execute();
}

export async function upsertStays(db: Db, stays: readonly Stay[]): Promise<void> {
  if (stays.length === 0) return;
  await db
    .insertInto('detention_stays')
    .values(
      stays.map((s) => ({
        id: s.id,
        episode_id: s.episodeId,
        skn: s.skn,
        institution: s.institution,
        from_date: s.fromDate,
        until_date: s.untilDate,
      })),
    )
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ until_date: eb.ref('excluded.until_date') })))
    .execute();
}

export async function insertTimeline(db: Db, entries: readonly TimelineEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('detention_timeline')
    .values(
      entries.map((t) => ({
        id: t.id,
        episode_id: t.episodeId,
        skn: t.skn,
        type: t.type,
        on_date: t.onDate,
        occurred_at: t.occurredAt,
        institution: t.institution,
        details: JSON.stringify(t.details),
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/**
 * A person's whole detention history: episodes oldest first, with their stays
 * and timeline, in one query (the person view is the busiest read of Injus).
 */
export async function loadHistory(
  db: Db,
  skn: string,
): Promise<{ episodes: Episode[]; stays: Stay[]; timeline: TimelineEntry[] }> {
  const row = await db
    .selectNoFrom((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('detention_episodes')
          .selectAll()
          .where('skn', '=', skn)
          .orderBy('admitted_on')
          .orderBy('id'),
      ).as('episodes'),
      jsonArrayFrom(
        eb
          .selectFrom('detention_stays')
          .selectAll()
          .where('skn', '=', skn)
          .orderBy('from_date')
          .orderBy('id'),
      ).as('stays'),
      // In the order things happened; on_date (what an entry is about, e.g. a planned release) is shown beside it.
      jsonArrayFrom(
        eb
          .selectFrom('detention_timeline')
          .selectAll()
          .where('skn', '=', skn)
          .orderBy('occurred_at')
          .orderBy('id'),
      ).as('timeline'),
    ])
    .executeTakeFirstOrThrow();
  const stays = row.stays.map((s) => toStay({ ...s, id: Number(s.id), episode_id: Number(s.episode_id) }));
  return {
    episodes: (row.episodes as unknown as EpisodeRow[]).map((e) =>
      toEpisode({ ...e, id: Number(e.id), last_event_log_id: Number(e.last_event_log_id) }, stays),
    ),
    stays,
    timeline: row.timeline.map((t) => ({
      id: Number(t.id),
      episodeId: Number(t.episode_id),
      skn: t.skn,
      type: t.type as TimelineEntry['type'],
      onDate: t.on_date,
      occurredAt: new Date(t.occurred_at as unknown as string).toISOString(),
      institution: t.institution,
      details: t.details as Record<string, unknown>,
    })),
  };
}

/** Which of `skns` are detained now (an episode not released). */
export async function detainedAmong(db: Db, skns: readonly string[]): Promise<Set<string>> {
  if (skns.length === 0) return new Set();
  const rows = await db
    .selectFrom('detention_episodes')
    .select('skn')
    .where('skn', 'in', skns)
    .where('status', '<>', 'released')
    .execute();
  return new Set(rows.map((r) => r.skn));
}
