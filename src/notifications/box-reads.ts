/**
 * What people read of the Berichtenbox: a box's page, one notice (the first
 * opening marks a delivered notice read), and the operators' lists. Each runs
 * in the transaction of the caller's processing-log entry, so the read and
 * its record stand or fall together.
 */
import type { User } from '../access/index.ts';
import type { Db } from '../platform/db.ts';
import { ValidationError } from '../platform/errors.ts';
import { nextStatus } from './box.ts';
import {
  type Corrected,
  findCorrected,
  formatQueueCursor,
  formatUrgentCursor,
  listQueue,
  listReviewUrgentFirst,
  parseQueueCursor,
  parseUrgentCursor,
  type QueueFilter,
  type QueueSort,
  type Reader,
} from './box-queries.ts';
import {
  type BoxSearch,
  personOfNotice,
  searchBox,
  type UpcomingRelease,
  upcomingReleases,
} from './box-search.ts';
import { actorOf, boxScope } from './box-service.ts';
import { NoticeNotFound } from './errors.ts';
import type { Box, BoxStatus, NoticeType } from './model.ts';
import {
  changeNotice,
  findNotice,
  findNotices,
  type HistoryEntry,
  listBox,
  listHistory,
  listWork,
  loadSources,
  unreadCounts,
} from './store.ts';
import type { NoticeSources, StoredNotice } from './stored-notice.ts';

/**
 * What a notice's content is made of: the event, the projections, and for a
 * victims notice the case of its victim registration.
 */
async function sourcesOf(trx: Db, notices: readonly StoredNotice[]): Promise<Map<number, NoticeSources>> {
  const sources = await loadSources(trx, notices);
  const victims = notices.filter((n) => n.victimReference !== null);
  if (victims.length === 0) return sources;
  const rows = await trx
    .selectFrom('victim_registrations')
    .select(['skn', 'victim_reference', 'case_number'])
    .where('skn', 'in', [...new Set(victims.map((n) => n.skn))])
    .where('victim_reference', 'in', [...new Set(victims.map((n) => n.victimReference ?? ''))])
    .orderBy('event_log_id')
    .execute();
  const caseOf = new Map(rows.map((r) => [`${r.skn}/${r.victim_reference}`, r.case_number]));
  for (const n of victims) {
    const s = sources.get(n.id);
    if (s) s.victimCaseNumber = caseOf.get(`${n.skn}/${n.victimReference}`) ?? null;
  }
  return sources;
}

export interface NoticePage {
  notices: StoredNotice[];
  more: boolean;
  sources: Map<number, NoticeSources>;
  /** The earlier notice each correction names, where the reader may open it. */
  corrected: Map<number, Corrected>;
  /** The next page's cursor when it is not the last notice's id (the urgent-first review). */
  cursor?: string | null;
}

/** A page's sources and the earlier notices its corrections name, as `reader` may see them. */
async function pageOf(
  trx: Db,
  page: { notices: StoredNotice[]; more: boolean },
  reader: Reader,
): Promise<NoticePage> {
  const [sources, corrected] = await Promise.all([
    sourcesOf(trx, page.notices),
    findCorrected(trx, page.notices, reader),
  ]);
  return { ...page, sources, corrected };
}

export interface BoxFilter {
  type?: NoticeType | undefined;
  status?: BoxStatus | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
  /** The id of the last notice of the page before (a page holds older notices). */
  cursor?: string | undefined;
}

/** A page of `user`'s organisation's box, newest first, with the unread count per type over the whole box. */
export async function readBox(
  trx: Db,
  user: User,
  box: Box,
  filter: BoxFilter,
): Promise<NoticePage & { unread: Map<string, number> }> {
  const page = await listBox(trx, {
    box,
    recipient: user.organisation,
    type: filter.type,
    status: filter.status,
    from: filter.from,
    to: filter.to,
    limit: filter.limit ?? 25,
    before: filter.cursor === undefined ? undefined : Number(filter.cursor),
  });
  const read = await pageOf(trx, page, { box, recipient: user.organisation });
  const unread = await unreadCounts(trx, box, user.organisation);
  return { ...read, unread };
}

/** A page of the search of `user`'s box; the cursor is the number of notices before the page. */
export async function readSearch(
  trx: Db,
  user: User,
  box: Box,
  search: Omit<BoxSearch, 'limit' | 'offset'> & { limit?: number | undefined; cursor?: string | undefined },
): Promise<NoticePage & { unread: Map<string, number> }> {
  const limit = search.limit ?? 25;
  const offset = search.cursor === undefined ? 0 : Number(search.cursor);
  const page = await searchBox(trx, box, user.organisation, { ...search, limit, offset });
  const read = await pageOf(trx, page, { box, recipient: user.organisation });
  const unread = await unreadCounts(trx, box, user.organisation);
  return { ...read, cursor: page.more ? String(offset + limit) : null, unread };
}

/**
 * Every notice of one person in `user`'s box, the date that matters first: the
 * person named by one of the box's notices (the portal's way in), or by SKN.
 * A notice out of reach is as absent as one that does not exist.
 */
export async function readPerson(
  trx: Db,
  user: User,
  box: Box,
  who: { noticeId: number } | { skn: string },
): Promise<NoticePage & { unread: Map<string, number> }> {
  const skn = 'skn' in who ? who.skn : await personOfNotice(trx, box, user.organisation, who.noticeId);
  if (skn === undefined) throw new NoticeNotFound();
  return readSearch(trx, user, box, { skn, sort: 'announced', direction: 'desc', limit: 100 });
}

/** The re-integration box's persons whose planned end date falls in the coming `weeks`, with what the box knows of them. */
export async function readUpcoming(
  trx: Db,
  user: User,
  window: { from: string; to: string },
): Promise<{
  releases: UpcomingRelease[];
  notices: Map<number, StoredNotice>;
  sources: Map<number, NoticeSources>;
}> {
  const releases = await upcomingReleases(trx, user.organisation, window);
  const list = await findNotices(
    trx,
    releases.map((r) => r.noticeId),
    boxScope('reintegration', user),
  );
  const sources = await sourcesOf(trx, list);
  return { releases, notices: new Map(list.map((n) => [n.id, n])), sources };
}

/** One notice of `user`'s box, with what its content is made of and its history. */
export async function openNotice(
  trx: Db,
  user: User,
  box: Box,
  id: number,
): Promise<{
  notice: StoredNotice;
  sources: NoticeSources;
  corrected: Corrected | undefined;
  history: HistoryEntry[];
}> {
  let notice = await findNotice(trx, id, boxScope(box, user), { lock: true });
  if (!notice) throw new NoticeNotFound();
  const to = nextStatus('open', notice.status);
  if (to) {
    await changeNotice(trx, notice, { action: 'open', to }, actorOf(user));
    notice = { ...notice, status: to };
  }
  const read = await pageOf(trx, { notices: [notice], more: false }, { box, recipient: user.organisation });
  const sources = read.sources.get(notice.id);
  if (!sources) throw new Error(`notice ${notice.id} has no event in the log`);
  return {
    notice,
    sources,
    corrected: read.corrected.get(notice.id),
    history: await listHistory(trx, notice.id),
  };
}

/** A cursor of the other order than the one asked for: the page cannot go on from it. */
const invalidCursor = () =>
  new ValidationError('INVALID_CURSOR', 'this cursor belongs to the other order of the list', [
    { field: '/cursor', rule: 'order', message: 'pass the nextCursor of a page of the same order' },
  ]);

/**
 * The operators' lists, oldest first: BIJ notices to review, or the notices the rules
 * could not route. The review can put first the notices whose announced date is nearest
 * (`urgent`): with hundreds waiting, a late one or one inside the week must not hide on page 12.
 * The queue can be narrowed (reason, box, age) and sorted (newest, per person, by announced date).
 */
export async function readWork(
  trx: Db,
  queue: 'review' | 'queue',
  {
    limit = 25,
    cursor,
    order = 'oldest',
    sort,
    ...filter
  }: {
    limit?: number | undefined;
    cursor?: string | undefined;
    order?: 'oldest' | 'urgent' | undefined;
    sort?: QueueSort | undefined;
  } & QueueFilter,
): Promise<NoticePage> {
  if (queue === 'review' && order === 'urgent') {
    const after = cursor === undefined ? undefined : parseUrgentCursor(cursor);
    if (cursor !== undefined && after === undefined) throw invalidCursor();
    const ids = await listReviewUrgentFirst(trx, { limit, after });
    const notices = await findNotices(trx, ids.ids, 'review');
    const page = await pageOf(trx, { notices, more: ids.more }, 'operator');
    return { ...page, cursor: ids.next ? formatUrgentCursor(ids.next) : null };
  }
  if (queue === 'queue') {
    const by = sort ?? 'oldest';
    const after = cursor === undefined ? undefined : parseQueueCursor(by, cursor);
    if (cursor !== undefined && after === undefined) throw invalidCursor();
    const ids = await listQueue(trx, filter, { sort: by, limit, after });
    const notices = await findNotices(trx, ids.ids, 'queue');
    const page = await pageOf(trx, { notices, more: ids.more }, 'operator');
    return { ...page, cursor: ids.next ? formatQueueCursor(ids.next) : null };
  }
  if (cursor !== undefined && !/^[0-9]+$/.test(cursor)) throw invalidCursor();
  const page = await listWork(trx, queue, {
    limit,
    after: cursor === undefined ? undefined : Number(cursor),
  });
  return pageOf(trx, page, 'operator');
}
