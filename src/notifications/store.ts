/**
 * SQL for victim registrations and the Berichtenbox's notices. Which notices a
 * caller may touch is decided here, in the WHERE clause (a `NoticeScope`), so
 * a user never gets another organisation's notice whatever they ask for.
 */
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import { type TitleVersion, titlesInForce } from '../detention/index.ts';
import type { BrpAddress } from '../identity/index.ts';
import { anyOf, type Column, insertRows } from '../platform/bulk.ts';
import { dutchDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import type { Database, NoticeHistoryTable, NoticesTable } from '../platform/schema.ts';
import { initialStatus, type NoticeAction } from './box.ts';
import type { Box, BoxStatus, Notice, NoticeType, RoutingException, Skip } from './model.ts';
import type { EarlierNotice, VictimRegistration } from './rules.ts';
import type { NoticeSources, StoredNotice } from './stored-notice.ts';

export async function loadVictimRegistrations(
  db: Db,
  skns: readonly string[],
): Promise<Map<string, VictimRegistration[]>> {
  const out = new Map<string, VictimRegistration[]>();
  if (skns.length === 0) return out;
  const rows = await db
    .selectFrom('victim_registrations')
    .select(['skn', 'case_number', 'victim_reference'])
    .where('skn', '=', anyOf([...new Set(skns)]))
    .orderBy('event_log_id')
    .execute();
  for (const r of rows)
    out.set(r.skn, [
      ...(out.get(r.skn) ?? []),
      { caseNumber: r.case_number, victimReference: r.victim_reference },
    ]);
  return out;
}

/** The episode as a notice's content reads it: its titles, and the offences of those in force on the event's day. */
function episodeSources(
  row: {
    admitted_on: string;
    planned_end_date: string | null;
    released_on: string | null;
    titles: unknown[];
  },
  day: string,
): NonNullable<NoticeSources['episode']> {
  const titles = row.titles as TitleVersion[];
  return {
    admittedOn: row.admitted_on,
    plannedEndDate: row.planned_end_date,
    releasedOn: row.released_on,
    titles,
    offences: [...new Set(titlesInForce({ titles }, day).flatMap((t) => t.offences))],
  };
}

/**
 * The notices each of `skns` got that a later one may correct (`supersedes`), with the
 * event-log id that made them, oldest first; the caller keeps those of the open episode.
 */
export async function loadAnnouncements(
  db: Db,
  skns: readonly string[],
  types: readonly NoticeType[],
): Promise<Map<string, (EarlierNotice & { logId: number })[]>> {
  const out = new Map<string, (EarlierNotice & { logId: number })[]>();
  if (skns.length === 0) return out;
  const rows = await db
    .selectFrom('notices')
    .innerJoin('event_log', 'event_log.id', 'notices.event_log_id')
    .select([
      'notices.skn',
      'notices.event_log_id',
      'event_log.event_id',
      'notices.box',
      'notices.type',
      'notices.recipient',
      'notices.victim_reference',
    ])
    .where('notices.skn', '=', anyOf([...new Set(skns)]))
    .where('notices.type', 'in', [...types])
    .where('notices.forwarded_from', 'is', null)
    .orderBy('notices.event_log_id')
    .orderBy('notices.id')
    .execute();
  for (const r of rows)
    out.set(r.skn, [
      ...(out.get(r.skn) ?? []),
      {
        logId: Number(r.event_log_id),
        eventId: r.event_id,
        box: r.box,
        type: r.type as NoticeType,
        recipient: r.recipient,
        ...(r.victim_reference === null ? {} : { victimReference: r.victim_reference }),
      },
    ]);
  return out;
}

export async function insertVictimRegistrations(
  db: Db,
  rows: readonly (VictimRegistration & { skn: string; logId: number; at: string })[],
): Promise<void> {
  await insertRows(
    db,
    'victim_registrations',
    rows,
    VICTIM_INSERT,
    sql`ON CONFLICT (case_number, victim_reference) DO NOTHING`,
  );
}

const VICTIM_INSERT: readonly Column<VictimRegistration & { skn: string; logId: number; at: string }>[] = [
  ['event_log_id', 'bigint', (r) => r.logId],
  ['skn', 'text', (r) => r.skn],
  ['case_number', 'text', (r) => r.caseNumber],
  ['victim_reference', 'text', (r) => r.victimReference],
  ['registered_at', 'timestamptz', (r) => r.at],
];

/**
 * Stores notices in their first state; one already made for the same (event, type, recipient, registration) is not made again.
 * A notice is received now, unless `receivedAt` says otherwise (a replay of history, such as the demo's load).
 */
export async function insertNotices(
  db: Db,
  notices: readonly (Notice & { logId: number; receivedAt?: string })[],
): Promise<void> {
  await insertRows(
    db,
    'notices',
    notices,
    NOTICE_INSERT,
    sql`ON CONFLICT ON CONSTRAINT notices_once DO NOTHING`,
  );
}

const NOTICE_INSERT: readonly Column<Notice & { logId: number; receivedAt?: string }>[] = [
  ['event_log_id', 'bigint', (n) => n.logId],
  ['skn', 'text', (n) => n.skn],
  ['box', 'text', (n) => n.box],
  ['type', 'text', (n) => n.type],
  ['recipient', 'text', (n) => n.recipient],
  ['routing_exception', 'text', (n) => n.exception],
  ['victim_reference', 'text', (n) => n.victimReference],
  ['legal_basis', 'text', (n) => n.legalBasis],
  ['rule_set', 'text', (n) => n.ruleSet],
  ['status', 'text', (n) => initialStatus(n)],
  ['supersedes', 'text', (n) => n.supersedes],
  ['late', 'boolean', (n) => n.late === true],
  // Received now (the column's default), unless a replay of history says when.
  ['created_at', 'timestamptz', (n) => n.receivedAt || null, sql`now()`],
];

// --- Reading the box -------------------------------------------------------------

/**
 * Which notices a caller may reach: a box is the notices of one kind
 * addressed to the caller's organisation, once out of review; `review` is the
 * routed BIJ notices (the operator's check of the municipality); `queue` is
 * the notices the rules could not route.
 */
export type NoticeScope = { box: Box; recipient: string } | 'review' | 'queue';

export function inScope(eb: ExpressionBuilder<Database, 'notices'>, scope: NoticeScope) {
  if (scope === 'review')
    return eb.and([eb('notices.box', '=', 'bij'), eb('notices.recipient', 'is not', null)]);
  if (scope === 'queue') return eb('notices.routing_exception', 'is not', null);
  return eb.and([
    eb('notices.recipient', '=', scope.recipient),
    eb('notices.box', '=', scope.box),
    eb('notices.status', '<>', 'awaiting-review'),
  ]);
}

export function toStoredNotice(r: Selectable<NoticesTable>): StoredNotice {
  return {
    id: r.id,
    eventLogId: r.event_log_id,
    skn: r.skn,
    box: r.box,
    type: r.type as NoticeType,
    recipient: r.recipient,
    routingException: r.routing_exception as RoutingException | null,
    victimReference: r.victim_reference,
    legalBasis: r.legal_basis,
    ruleSet: r.rule_set,
    createdAt: r.created_at,
    status: r.status,
    forwardedFrom: r.forwarded_from,
    supersedes: r.supersedes,
    late: r.late,
  };
}

export interface BoxQuery {
  box: Box;
  recipient: string;
  type?: NoticeType | undefined;
  status?: BoxStatus | undefined;
  /** Dutch calendar dates, both inclusive, on the day the notice was made. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  /** Continue with notices older than this id (the list is newest first). */
  before?: number | undefined;
}

/** A page of a box, newest first; `more` when there are older ones beyond it. */
export async function listBox(db: Db, q: BoxQuery): Promise<{ notices: StoredNotice[]; more: boolean }> {
  const rows = await db
    .selectFrom('notices')
    .selectAll()
    .where((eb) => inScope(eb, { box: q.box, recipient: q.recipient }))
    .$if(q.type !== undefined, (qb) => qb.where('type', '=', q.type as string))
    .$if(q.status !== undefined, (qb) => qb.where('status', '=', q.status as BoxStatus))
    .$if(q.from !== undefined, (qb) =>
      qb.where('created_at', '>=', sql<Date>`(${q.from}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`),
    )
    .$if(q.to !== undefined, (qb) =>
      qb.where(
        'created_at',
        '<',
        sql<Date>`((${q.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
      ),
    )
    .$if(q.before !== undefined, (qb) => qb.where('id', '<', q.before as number))
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute();
  return { notices: rows.slice(0, q.limit).map(toStoredNotice), more: rows.length > q.limit };
}

/** Unread (delivered, not yet opened) notices per type in a box. */
export async function unreadCounts(db: Db, box: Box, recipient: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('notices')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .where('recipient', '=', recipient)
    .where('box', '=', box)
    .where('status', '=', 'delivered')
    .groupBy('type')
    .execute();
  return new Map(rows.map((r) => [r.type, Number(r.n)]));
}

/** A work queue of the operators, oldest first: BIJ notices awaiting review, or notices without recipient. */
export async function listWork(
  db: Db,
  queue: 'review' | 'queue',
  page: { limit: number; after?: number | undefined },
): Promise<{ notices: StoredNotice[]; more: boolean }> {
  const rows = await db
    .selectFrom('notices')
    .selectAll()
    .where('status', '=', 'awaiting-review')
    .where((eb) =>
      queue === 'review'
        ? eb.and([eb('box', '=', 'bij'), eb('recipient', 'is not', null)])
        : eb('recipient', 'is', null),
    )
    .$if(page.after !== undefined, (qb) => qb.where('id', '>', page.after as number))
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return { notices: rows.slice(0, page.limit).map(toStoredNotice), more: rows.length > page.limit };
}

/** How many notices wait on each of the operators' lists; counts only, nobody in them is read. */
export async function countWork(db: Db): Promise<{ review: number; queue: number }> {
  const row = await db
    .selectFrom('notices')
    .select((eb) => [
      eb.fn
        .countAll<string>()
        .filterWhere((w) => w.and([w('box', '=', 'bij'), w('recipient', 'is not', null)]))
        .as('review'),
      eb.fn.countAll<string>().filterWhere('recipient', 'is', null).as('queue'),
    ])
    .where('status', '=', 'awaiting-review')
    .executeTakeFirstOrThrow();
  return { review: Number(row.review), queue: Number(row.queue) };
}

/** One notice within the caller's scope, locked for a change when asked; undefined when out of reach. */
export async function findNotice(
  db: Db,
  id: number,
  scope: NoticeScope,
  options: { lock?: boolean } = {},
): Promise<StoredNotice | undefined> {
  const row = await db
    .selectFrom('notices')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => inScope(eb, scope))
    .$if(options.lock === true, (qb) => qb.forUpdate())
    .executeTakeFirst();
  return row ? toStoredNotice(row) : undefined;
}

/**
 * Several notices within the caller's scope in one query, in the order of
 * `ids`; an id out of reach (or gone) is left out.
 */
export async function findNotices(
  db: Db,
  ids: readonly number[],
  scope: NoticeScope,
): Promise<StoredNotice[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('notices')
    .selectAll()
    .where('id', 'in', [...ids])
    .where((eb) => inScope(eb, scope))
    .execute();
  const byId = new Map(rows.map((r) => [r.id, toStoredNotice(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * What the content of `notices` is made from, in four queries whatever their
 * number: the events, the persons, the episodes the events belong to, and
 * the BRP addresses known when each event was processed.
 */
export async function loadSources(
  db: Db,
  notices: readonly StoredNotice[],
): Promise<Map<number, NoticeSources>> {
  const out = new Map<number, NoticeSources>();
  if (notices.length === 0) return out;
  const eventIds = [...new Set(notices.map((n) => n.eventLogId))];
  const skns = [...new Set(notices.map((n) => n.skn))];
  const [events, persons, episodes, addresses] = await Promise.all([
    db.selectFrom('event_log').select(['id', 'payload', 'occurred_at']).where('id', 'in', eventIds).execute(),
    db
      .selectFrom('persons')
      .select(['skn', 'bsn', 'surname', 'given_names', 'birth_date'])
      .where('skn', 'in', skns)
      .execute(),
    db
      .selectFrom('detention_episodes')
      .select(['id', 'skn', 'admitted_on', 'planned_end_date', 'released_on', 'titles'])
      .where('skn', 'in', skns)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('addresses')
      .selectAll()
      .where('skn', 'in', skns)
      .orderBy('valid_from')
      .orderBy('event_log_id')
      .execute(),
  ]);
  const eventOf = new Map(events.map((e) => [e.id, e]));
  const personOf = new Map(persons.map((p) => [p.skn, p]));
  for (const n of notices) {
    const event = eventOf.get(n.eventLogId);
    if (!event) continue;
    const person = personOf.get(n.skn);
    // The episode is the last one admitted at or before the event (its id is the admission's log id).
    const episode = episodes.filter((e) => e.skn === n.skn && e.id <= n.eventLogId).at(-1);
    out.set(n.id, {
      event: event.payload as Record<string, unknown>,
      occurredAt: event.occurred_at,
      person: person
        ? {
            bsn: person.bsn,
            surname: person.surname,
            givenNames: person.given_names,
            birthDate: person.birth_date,
          }
        : undefined,
      episode: episode ? episodeSources(episode, dutchDate(event.occurred_at.toISOString())) : undefined,
      addresses: addresses
        .filter((a) => a.skn === n.skn && a.event_log_id < n.eventLogId)
        .map(
          (a): BrpAddress => ({
            validFrom: a.valid_from,
            municipalityCode: a.municipality_code,
            street: a.street,
            houseNumber: a.house_number,
            postalCode: a.postal_code,
            city: a.city,
          }),
        ),
    });
  }
  return out;
}

// --- Changing a notice -----------------------------------------------------------

export interface Actor {
  userId: number | null;
  username: string;
  organisation: string;
}

export interface HistoryEntry {
  at: Date;
  action: NoticeAction | 'forwarded-in';
  username: string;
  organisation: string;
  fromStatus: string | null;
  toStatus: string;
  fromRecipient: string | null;
  toRecipient: string | null;
  reason: string | null;
}

/** Moves a notice to a state (and recipient), and writes the change to its history. */
export async function changeNotice(
  db: Db,
  notice: StoredNotice,
  change: {
    action: NoticeAction;
    to: StoredNotice['status'];
    /** A new recipient (an operator's change or routing). */
    recipient?: string;
    /** Where a forwarded notice went (its copy has its own row); for the history only. */
    forwardedTo?: string;
    reason?: string;
  },
  actor: Actor,
): Promise<void> {
  const recipient = change.recipient ?? notice.recipient;
  await db.updateTable('notices').set({ status: change.to, recipient }).where('id', '=', notice.id).execute();
  await addHistory(db, notice.id, actor, {
    action: change.action,
    from_status: notice.status,
    to_status: change.to,
    from_recipient: notice.recipient,
    to_recipient: change.forwardedTo ?? recipient,
    reason: change.reason ?? null,
  });
}

async function addHistory(
  db: Db,
  noticeId: number,
  actor: Actor,
  row: Pick<
    NoticeHistoryTable,
    'action' | 'from_status' | 'to_status' | 'from_recipient' | 'to_recipient' | 'reason'
  >,
): Promise<void> {
  await db
    .insertInto('notice_history')
    .values({
      notice_id: noticeId,
      user_id: actor.userId,
      username: actor.username,
      organisation: actor.organisation,
      ...row,
    })
    .execute();
}

/** Whether `recipient` has this notice already (the same event, type and victim registration). */
export async function hasTwin(db: Db, n: StoredNotice, recipient: string): Promise<boolean> {
  const row = await db
    .selectFrom('notices')
    .select('id')
    .where('event_log_id', '=', n.eventLogId)
    .where('type', '=', n.type)
    .where('recipient', '=', recipient)
    .where((eb) =>
      n.victimReference === null
        ? eb('victim_reference', 'is', null)
        : eb('victim_reference', '=', n.victimReference),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A delivered copy of `original` for another municipality, linked to it;
 * undefined when that municipality already has this notice (the once-only
 * constraint), for instance when it was forwarded there before.
 */
export async function insertForwardedCopy(
  db: Db,
  original: StoredNotice,
  recipient: string,
  actor: Actor,
  reason: string,
): Promise<number | undefined> {
  const row = await db
    .insertInto('notices')
    .values({
      event_log_id: original.eventLogId,
      skn: original.skn,
      box: original.box,
      type: original.type,
      recipient,
      routing_exception: null,
      victim_reference: original.victimReference,
      legal_basis: original.legalBasis,
      rule_set: original.ruleSet,
      status: 'delivered',
      forwarded_from: original.id,
      supersedes: original.supersedes,
      late: original.late,
    })
    .onConflict((oc) => oc.constraint('notices_once').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return undefined;
  await addHistory(db, row.id, actor, {
    action: 'forwarded-in',
    from_status: null,
    to_status: 'delivered',
    from_recipient: original.recipient,
    to_recipient: recipient,
    reason,
  });
  return row.id;
}

/** A notice's changes, oldest first. */
export async function listHistory(db: Db, noticeId: number): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('notice_history')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    at: r.at,
    action: r.action,
    username: r.username,
    organisation: r.organisation,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    fromRecipient: r.from_recipient,
    toRecipient: r.to_recipient,
    reason: r.reason,
  }));
}

/** Keeps the decisions not to notify, for the explanation of an event. */
export async function insertDecisions(db: Db, skips: readonly (Skip & { logId: number })[]): Promise<void> {
  await insertRows(
    db,
    'notice_decisions',
    skips,
    DECISION_INSERT,
    sql`ON CONFLICT (event_log_id, box, reason) DO NOTHING`,
  );
}

const DECISION_INSERT: readonly Column<Skip & { logId: number }>[] = [
  ['event_log_id', 'bigint', (s) => s.logId],
  ['box', 'text', (s) => s.box],
  ['reason', 'text', (s) => s.reason],
  ['rule_set', 'text', (s) => s.ruleSet],
  ['notice_type', 'text', (s) => s.noticeType],
  ['reasons', 'jsonb', (s) => JSON.stringify(s.reasons)],
];

/**
 * Confirms the municipality of the BIJ notices awaiting review, oldest first,
 * all but the `keep` newest, as `actor`: what the Justid desk has done by the
 * time the demo opens (the operator's desk keeps work, the mayors' boxes have
 * notices). The notices for `confirmAllFor` are all confirmed and do not count
 * in `keep`. Returns how many were confirmed.
 */
export async function confirmReviewsExceptNewest(
  db: Db,
  keep: number,
  actor: Actor,
  /** Municipalities whose notices are all confirmed, the newest too (the demo users' own boxes). */
  confirmAllFor: readonly string[] = [],
): Promise<number> {
  const waiting = await db
    .selectFrom('notices')
    .select(['id', 'recipient'])
    .where('status', '=', 'awaiting-review')
    .where('box', '=', 'bij')
    .where('recipient', 'is not', null)
    .orderBy('id', 'desc')
    .execute();
  const others = waiting.filter((n) => !confirmAllFor.includes(n.recipient ?? ''));
  const left = new Set(others.slice(0, keep).map((n) => n.id));
  return db.transaction().execute(async (trx) => {
    let confirmed = 0;
    for (const { id } of waiting.filter((n) => !left.has(n.id)).reverse()) {
      const notice = await findNotice(trx, id, 'review', { lock: true });
      if (!notice) continue;
      await changeNotice(trx, notice, { action: 'confirm', to: 'delivered' }, actor);
      confirmed++;
    }
    return confirmed;
  });
}
