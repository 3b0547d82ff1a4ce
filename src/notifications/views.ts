/**
 * Notices as the API shows them (schemas.ts): the envelope every answer
 * starts with, a box's page, one opened notice with its content and history,
 * the operators' work items with how each was (not) routed.
 */
import { dutchDate } from '../platform/dates.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import type { NoticePage } from './box-reads.ts';
import { contentOf, institutionAfter } from './content.ts';
import type { Box } from './model.ts';
import { BOX_TYPES } from './model.ts';
import { routingOf } from './routing-explanation.ts';
import type {
  BoxPage,
  HistoryEntryView,
  NoticeDetail,
  NoticeEnvelope,
  NoticeState,
  PersonName,
  WorkItem,
  WorkPage,
} from './schemas.ts';
import type { HistoryEntry } from './store.ts';
import type { NoticeSources, StoredNotice } from './stored-notice.ts';

function envelope(n: StoredNotice, sources: NoticeSources | undefined): NoticeEnvelope {
  return {
    id: n.id,
    box: n.box,
    type: n.type,
    status: n.status,
    createdAt: n.createdAt.toISOString(),
    eventDate: sources ? dutchDate(sources.occurredAt) : dutchDate(n.createdAt),
  };
}

const nameOf = (s: NoticeSources | undefined): PersonName | null =>
  s?.person ? { surname: s.person.surname, givenNames: s.person.givenNames } : null;

const nextCursor = (page: { notices: StoredNotice[]; more: boolean }) =>
  page.more ? String(page.notices.at(-1)?.id) : null;

function historyView(h: HistoryEntry): HistoryEntryView {
  return {
    at: h.at.toISOString(),
    action: h.action,
    by: { username: h.username, organisation: h.organisation },
    fromStatus: h.fromStatus,
    toStatus: h.toStatus,
    fromRecipient: h.fromRecipient,
    toRecipient: h.toRecipient,
    reason: h.reason,
  };
}

/** Where a notice stands after an action; `forwardedAs` is the copy a forward made. */
export const stateView = (n: StoredNotice, forwardedAs?: number): NoticeState => ({
  id: n.id,
  box: n.box,
  type: n.type,
  status: n.status,
  recipient: n.recipient,
  ...(forwardedAs === undefined ? {} : { forwardedAs }),
});

export function boxPageView(box: Box, page: NoticePage & { unread: Map<string, number> }): BoxPage {
  return {
    notices: page.notices.map((n) => ({
      ...envelope(n, page.sources.get(n.id)),
      name: nameOf(page.sources.get(n.id)),
    })),
    nextCursor: nextCursor(page),
    unread: Object.fromEntries(BOX_TYPES[box].map((t) => [t, page.unread.get(t) ?? 0])),
  };
}

export function noticeDetailView(
  opened: { notice: StoredNotice; sources: NoticeSources; history: HistoryEntry[] },
  catalog: ReferenceCatalog,
): NoticeDetail {
  const { notice, sources } = opened;
  return {
    ...envelope(notice, sources),
    legalBasis: notice.legalBasis,
    content: contentOf(notice, sources, catalog),
    history: opened.history.map(historyView),
  };
}

function workItemView(n: StoredNotice, s: NoticeSources, catalog: ReferenceCatalog): WorkItem {
  const institution = institutionAfter(s.event);
  const recipient = n.recipient ? catalog.municipality(n.recipient) : undefined;
  return {
    ...envelope(n, s),
    name: nameOf(s),
    birthDate: s.person?.birthDate ?? null,
    institution: institution
      ? { code: institution, name: catalog.institution(institution)?.name ?? institution }
      : null,
    proposed: recipient ? { code: recipient.code, name: recipient.name } : null,
    exception: n.routingException,
    routing: routingOf(n, s, catalog),
  };
}

/** The operators' list: a notice whose event is missing from the log is left out, not shown half. */
export function workPageView(page: NoticePage, catalog: ReferenceCatalog): WorkPage {
  const notices = page.notices.flatMap((n) => {
    const s = page.sources.get(n.id);
    return s ? [workItemView(n, s, catalog)] : [];
  });
  return { notices, nextCursor: nextCursor(page) };
}
