/** SQL for the detention projections. Rows become domain types here. */
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { anyOf, type Column, insertRows } from '../platform/bulk.ts';
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
    .where('skn', '=', anyOf(skns))
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
        '=',
        anyOf(
          episodes.map((e) => e.id),
          'bigint',
        ),
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
  await insertRows(
    db,
    'detention_episodes',
    episodes,
    EPISODE_INSERT,
    sql`ON CONFLICT (id) DO UPDATE SET sector = EXCLUDED.sector, titles = EXCLUDED.titles,
      planned_end_date = EXCLUDED.planned_end_date, institution = EXCLUDED.institution,
      status = EXCLUDED.status, release_scheduled_on = EXCLUDED.release_scheduled_on,
      risk18b = EXCLUDED.risk18b, conditional_termination_on = EXCLUDED.conditional_termination_on,
      dr_plan_shared = EXCLUDED.dr_plan_shared, released_on = EXCLUDED.released_on,
      last_event_log_id = EXCLUDED.last_event_log_id`,
  );
}

const EPISODE_INSERT: readonly Column<Episode>[] = [
  ['id', 'bigint', (e) => e.id],
  ['skn', 'text', (e) => e.skn],
  ['sector', 'text', (e) => e.sector],
  ['admitted_on', 'date', (e) => e.admittedOn],
  ['titles', 'jsonb', (e) => JSON.stringify(e.titles)],
  ['planned_end_date', 'date', (e) => e.plannedEndDate],
  ['institution', 'text', (e) => e.institution],
  ['status', 'text', (e) => e.status],
  ['release_scheduled_on', 'date', (e) => e.releaseScheduledOn],
  ['risk18b', 'jsonb', (e) => (e.risk18b ? JSON.stringify(e.risk18b) : null)],
  ['conditional_termination_on', 'date', (e) => e.conditionalTerminationOn],
  ['dr_plan_shared', 'boolean', (e) => e.drPlanShared],
  ['released_on', 'date', (e) => e.releasedOn],
  ['last_event_log_id', 'bigint', (e) => e.lastEventLogId],
];

export async function upsertStays(db: Db, stays: readonly Stay[]): Promise<void> {
  await insertRows(
    db,
    'detention_stays',
    stays,
    STAY_INSERT,
    sql`ON CONFLICT (id) DO UPDATE SET until_date = EXCLUDED.until_date`,
  );
}

const STAY_INSERT: readonly Column<Stay>[] = [
  ['id', 'bigint', (s) => s.id],
  ['episode_id', 'bigint', (s) => s.episodeId],
  ['skn', 'text', (s) => s.skn],
  ['institution', 'text', (s) => s.institution],
  ['from_date', 'date', (s) => s.fromDate],
  ['until_date', 'date', (s) => s.untilDate],
];

export async function insertTimeline(db: Db, entries: readonly TimelineEntry[]): Promise<void> {
  await insertRows(db, 'detention_timeline', entries, TIMELINE_INSERT, sql`ON CONFLICT (id) DO NOTHING`);
}

const TIMELINE_INSERT: readonly Column<TimelineEntry>[] = [
  ['id', 'bigint', (t) => t.id],
  ['episode_id', 'bigint', (t) => t.episodeId],
  ['skn', 'text', (t) => t.skn],
  ['type', 'text', (t) => t.type],
  ['on_date', 'date', (t) => t.onDate],
  ['occurred_at', 'timestamptz', (t) => t.occurredAt],
  ['institution', 'text', (t) => t.institution],
  ['details', 'jsonb', (t) => JSON.stringify(t.details)],
];

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
    .where('skn', '=', anyOf(skns))
    .where('status', '<>', 'released')
    .execute();
  return new Set(rows.map((r) => r.skn));
}
