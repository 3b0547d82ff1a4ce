/**
 * Notices as the API shows them (schemas.ts): the envelope every answer
 * starts with, a box's page, one opened notice with its content and history,
 * the operators' work items with how each was (not) routed.
 */
import { dutchDate, todayInNetherlands } from '../platform/dates.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { announcement, daysBetween, noticeWindow } from './announcement.ts';
import type { Corrected } from './box-queries.ts';
import type { NoticePage } from './box-reads.ts';
import type { UpcomingRelease } from './box-search.ts';
import { sortDateOf } from './box-search.ts';
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
  UpcomingReleases,
  WorkItem,
  WorkPage,
} from './schemas.ts';
import type { HistoryEntry } from './store.ts';
import type { NoticeSources, StoredNotice } from './stored-notice.ts';

/**
 * The notice's envelope: who, what, when, whether it is late or corrects an
 * earlier one, and the date it announces. How far ahead it was told counts
 * from the day of its event: the rules judge `late` by that day, and a
 * replay makes its notices long after their events.
 */
function envelope(
  n: StoredNotice,
  sources: NoticeSources | undefined,
  corrected?: Corrected,
): NoticeEnvelope {
  const eventDate = sources ? dutchDate(sources.occurredAt) : dutchDate(n.createdAt);
  const told = sources ? announcement(n, sources.event, eventDate) : undefined;
  return {
    id: n.id,
    box: n.box,
    type: n.type,
    status: n.status,
    createdAt: n.createdAt.toISOString(),
    eventDate,
    late: n.late,
    supersedes:
      n.supersedes === null
        ? null
        : corrected
          ? { id: corrected.id, createdAt: corrected.createdAt.toISOString() }
          : { id: null, createdAt: null },
    announcedDate: told?.announcedDate ?? null,
    daysAhead: told?.daysAhead ?? null,
    window: told?.window ?? null,
  };
}

const nameOf = (s: NoticeSources | undefined): PersonName | null =>
  s?.person ? { surname: s.person.surname, givenNames: s.person.givenNames } : null;

const nextCursor = (page: NoticePage) =>
  page.cursor !== undefined ? page.cursor : page.more ? String(page.notices.at(-1)?.id) : null;

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
      ...envelope(n, page.sources.get(n.id), page.corrected.get(n.id)),
      name: nameOf(page.sources.get(n.id)),
      // The victim desk keeps many registrations per person: the list says which one each notice is for.
      victimReference: n.victimReference,
      caseNumber: n.victimReference === null ? null : (page.sources.get(n.id)?.victimCaseNumber ?? null),
      sortDate: sortDateOfNotice(page.sources.get(n.id)),
    })),
    nextCursor: nextCursor(page),
    unread: Object.fromEntries(BOX_TYPES[box].map((t) => [t, page.unread.get(t) ?? 0])),
  };
}

/** The date that matters: what the stored event says (box-search.ts keeps the SQL alike). */
const sortDateOfNotice = (s: NoticeSources | undefined) => (s ? sortDateOf({ ...s.event }) : null);

/** The releases to come in a re-integration box, with what its notices tell of each person. */
export function upcomingView(
  window: { from: string; to: string },
  read: {
    releases: UpcomingRelease[];
    notices: Map<number, StoredNotice>;
    sources: Map<number, NoticeSources>;
  },
  catalog: ReferenceCatalog,
): UpcomingReleases {
  return {
    ...window,
    releases: read.releases.flatMap((r) => {
      const notice = read.notices.get(r.noticeId);
      if (!notice) return [];
      const s = read.sources.get(r.noticeId);
      // Where the newest notice left him: after a transfer, the institution moved to.
      const content = s ? contentOf(notice, s, catalog) : {};
      return [
        {
          noticeId: r.noticeId,
          name: nameOf(s),
          birthDate: s?.person?.birthDate ?? null,
          bsn: s?.person?.bsn ?? null,
          institution: content.institution ?? null,
          plannedEndDate: r.date,
          daysLeft: daysBetween(window.from, r.date),
        },
      ];
    }),
  };
}

export function noticeDetailView(
  opened: {
    notice: StoredNotice;
    sources: NoticeSources;
    corrected: Corrected | undefined;
    history: HistoryEntry[];
  },
  catalog: ReferenceCatalog,
): NoticeDetail {
  const { notice, sources } = opened;
  return {
    ...envelope(notice, sources, opened.corrected),
    legalBasis: notice.legalBasis,
    content: contentOf(notice, sources, catalog),
    history: opened.history.map(historyView),
  };
}

function workItemView(
  n: StoredNotice,
  s: NoticeSources,
  corrected: Corrected | undefined,
  catalog: ReferenceCatalog,
  today: string,
): WorkItem {
  const institution = institutionAfter(s.event);
  const recipient = n.recipient ? catalog.municipality(n.recipient) : undefined;
  const head = envelope(n, s, corrected);
  const daysLeft = head.announcedDate === null ? null : daysBetween(today, head.announcedDate);
  return {
    ...head,
    name: nameOf(s),
    birthDate: s.person?.birthDate ?? null,
    institution: institution
      ? { code: institution, name: catalog.institution(institution)?.name ?? institution }
      : null,
    proposed: recipient ? { code: recipient.code, name: recipient.name } : null,
    exception: n.routingException,
    routing: routingOf(n, s, catalog),
    daysLeft,
    urgency: daysLeft === null ? null : noticeWindow(daysLeft, n.late),
  };
}

/** The operators' list: a notice whose event is missing from the log is left out, not shown half. */
export function workPageView(
  page: NoticePage,
  catalog: ReferenceCatalog,
  today: string = todayInNetherlands(),
): WorkPage {
  const notices = page.notices.flatMap((n) => {
    const s = page.sources.get(n.id);
    return s ? [workItemView(n, s, page.corrected.get(n.id), catalog, today)] : [];
  });
  return { notices, nextCursor: nextCursor(page) };
}
