/**
 * What the Berichtenbox's routes take and give, each shape once: a TypeBox
 * schema (Fastify validates and the OpenAPI document is made from it) and its
 * `Static` type of the same name. The notice content is a contract with the
 * portal, so it is registered by its `$id` and the document names it.
 */
import Type, { type Static } from 'typebox';
import { CalendarDate as CalendarDateOf, DateTime, Nullable } from '../platform/formats.ts';
import type { Box } from './model.ts';
import { BOX_STATUSES, BOX_TYPES, BOXES, NOTICE_STATUSES, ROUTING_EXCEPTIONS } from './model.ts';
import { ROUTING_CODES } from './routing-texts.ts';

const CalendarDate = CalendarDateOf();

export const PersonName = Type.Object({ surname: Type.String(), givenNames: Type.String() });
export type PersonName = Static<typeof PersonName>;

/** How to reach a DJI institution (its general number and location page), when the reference data has it. */
export const InstitutionContact = Type.Object({
  phone: Nullable(Type.String()),
  url: Nullable(Type.String()),
});
export type InstitutionContact = Static<typeof InstitutionContact>;

/** A DJI institution by its code, with its name (and contact, where known) from the reference data. */
export const InstitutionRef = Type.Object({
  code: Type.String(),
  name: Type.String(),
  contact: Type.Optional(InstitutionContact),
});
export type InstitutionRef = Static<typeof InstitutionRef>;

export const MunicipalityRef = Type.Object({ code: Type.String(), name: Type.String() });
export type MunicipalityRef = Static<typeof MunicipalityRef>;

export const AddressParts = Type.Object({
  street: Type.String(),
  houseNumber: Type.String(),
  postalCode: Type.String(),
  city: Type.String(),
  municipalityCode: Type.String(),
});
export type AddressParts = Static<typeof AddressParts>;

/** BIJ: the address that decided the municipality (the leave address; for a release the BRP address), or only the municipality. */
export const RoutingAddress = Type.Union([
  AddressParts,
  Type.Object({ municipalityCode: Type.String(), municipalityName: Type.String() }),
]);
export type RoutingAddress = Static<typeof RoutingAddress>;

/** The BIJ categories a notice may name (art. 11a BJSG and the planned arson extension). */
export const BIJ_CATEGORIES = ['sexual', 'serious-violent', 'arson'] as const;
export type BijCategory = (typeof BIJ_CATEGORIES)[number];

/** A sanction as the mayor hears of it: the title's kind and, for a sentence, its length. */
export const Sanction = Type.Object({
  kind: Type.String({
    description:
      'the title kind: prison-sentence, tbs-dwangverpleging, pij, pre-trial or substitute-detention',
  }),
  sentenceDays: Nullable(Type.Integer({ description: 'the length of the sentence in days; null when none' })),
});
export type Sanction = Static<typeof Sanction>;

/** Everything a notice may say about its subject; which of it a type carries is its field list (fields.ts). */
export const NoticeContent = Type.Object(
  {
    bsn: Type.Optional(Type.String()),
    skn: Type.Optional(Type.String()),
    name: Type.Optional(PersonName),
    birthDate: Type.Optional(CalendarDate),
    /** Where the person stays (re-integration: the place of stay; BIJ: the institution). */
    institution: Type.Optional(InstitutionRef),
    /** Re-integration, a transfer: the institution the person left (`institution` is the one moved to). */
    fromInstitution: Type.Optional(InstitutionRef),
    admissionDate: Type.Optional(CalendarDate),
    plannedEndDate: Type.Optional(CalendarDate),
    releaseDate: Type.Optional(CalendarDate),
    leaveFrom: Type.Optional(CalendarDate),
    leaveUntil: Type.Optional(CalendarDate),
    phaseFrom: Type.Optional(CalendarDate),
    terminationDate: Type.Optional(CalendarDate),
    routingAddress: Type.Optional(RoutingAddress),
    /** BIJ: the categories of the offences of the titles in force that make the person BIJ-relevant. */
    offenceCategories: Type.Optional(Type.Array(Type.Enum(BIJ_CATEGORIES))),
    /** BIJ and 18b: the titles in force behind the notice, by kind and length. */
    sanctions: Type.Optional(Type.Array(Sanction)),
    victimReference: Type.Optional(Type.String()),
    /** Victims: the case of the victim registration the notice is for. */
    caseNumber: Type.Optional(Type.String()),
    drPlanAvailable: Type.Optional(Type.Boolean()),
    /** The shareable D&R plan: the municipality of the BRP address (where he lived before detention). */
    brpMunicipality: Type.Optional(MunicipalityRef),
    /** The shareable D&R plan: where he intends to settle, when the plan says so. */
    intendedMunicipality: Type.Optional(MunicipalityRef),
  },
  {
    $id: 'NoticeContent',
    title: 'NoticeContent',
    additionalProperties: false,
    description: "only the fields of the notice type's field list (docs/api.md, Berichtenbox)",
  },
);
export type NoticeContent = Static<typeof NoticeContent>;

/** Why a notice went (or could not go) where it went. */
export const RoutingExplanation = Type.Object({
  basis: Type.Enum(['leave-address', 'brp', 'fixed']),
  /** The address that decided (the leave address, or the BRP address used); null when there was none. */
  address: Nullable(AddressParts),
  /** The municipality the address and its mergers lead to on the event's date, if any. */
  municipality: Nullable(MunicipalityRef),
  explanation: Type.String({ description: 'in English, the parts of `reasons` joined by "; "' }),
  text: Type.String({ description: 'the same in Dutch, for the portal' }),
  reasons: Type.Array(
    Type.Object({
      code: Type.Enum([...ROUTING_CODES]),
      params: Type.Record(Type.String(), Type.String()),
    }),
    { description: 'the explanation as codes with their values (routing-texts.ts)' },
  ),
});
export type RoutingExplanation = Static<typeof RoutingExplanation>;

export const HistoryEntryView = Type.Object({
  at: DateTime(),
  action: Type.String({ description: 'confirm, change, route, open, acknowledge, forward, forwarded-in' }),
  by: Type.Object({ username: Type.String(), organisation: Type.String() }),
  fromStatus: Nullable(Type.String()),
  toStatus: Type.String(),
  fromRecipient: Nullable(Type.String()),
  toRecipient: Nullable(Type.String()),
  reason: Nullable(Type.String()),
});
export type HistoryEntryView = Static<typeof HistoryEntryView>;

const NoticeTypeSchema = Type.Enum([...BOX_TYPES.bij, ...BOX_TYPES.reintegration, ...BOX_TYPES.victims]);

/** Where a notice stands against the week victims and mayors must have (announcement.ts). */
export const NoticeWindow = Type.Enum(['late', 'inside-week', 'in-time'], {
  description:
    'late: after the date it announces; inside-week: less than 7 days ahead; in-time: 7 days or more',
});

/** The earlier notice a correction names. */
export const Correction = Type.Object(
  {
    id: Nullable(
      Type.Integer({ description: 'the earlier notice; null when you may not open it (another box, say)' }),
    ),
    createdAt: Nullable(DateTime('when the earlier notice was made; null with the id')),
  },
  { description: 'the notice corrects an earlier one of the same type (a date it told has changed)' },
);
export type Correction = Static<typeof Correction>;

/** What every answer about a notice starts with. */
const Envelope = {
  id: Type.Integer(),
  box: Type.Enum(BOXES),
  type: NoticeTypeSchema,
  status: Type.Enum(NOTICE_STATUSES),
  createdAt: DateTime(),
  eventDate: CalendarDateOf('the Dutch date of the event the notice is about'),
  late: Type.Boolean({ description: 'the notice went out after the date it announces (contract 1.1)' }),
  supersedes: Nullable(Correction),
  announcedDate: Nullable(
    CalendarDateOf(
      'the date the notice announces (leave from, phase from, release or termination date); null for a type that announces none',
    ),
  ),
  daysAhead: Nullable(
    Type.Integer({
      description:
        'announcedDate minus the date of the event that made the notice: how far ahead it was told',
    }),
  ),
  window: Nullable(NoticeWindow),
};
export const NoticeEnvelope = Type.Object(Envelope);
export type NoticeEnvelope = Static<typeof NoticeEnvelope>;

export const NoticeSummary = Type.Object({
  ...Envelope,
  name: Nullable(PersonName),
  victimReference: Nullable(
    Type.String({ description: 'victims: the victim registration the notice is for; null in other boxes' }),
  ),
  caseNumber: Nullable(
    Type.String({
      description: 'victims: the case of that registration; null in other boxes or when not known',
    }),
  ),
  sortDate: Nullable(
    CalendarDateOf(
      'the date that matters, which sort=announced orders by: the announced date, else the release or planned end date a re-integration notice tells; null when none',
    ),
  ),
});
export type NoticeSummary = Static<typeof NoticeSummary>;

export const BoxPage = Type.Object({
  notices: Type.Array(NoticeSummary),
  nextCursor: Nullable(Type.String({ description: 'pass as cursor for the next (older) page' })),
  unread: Type.Record(Type.String(), Type.Integer(), {
    description: 'delivered, not yet opened notices per type, over the whole box',
  }),
});
export type BoxPage = Static<typeof BoxPage>;

export const NoticeDetail = Type.Object({
  ...Envelope,
  legalBasis: Type.String(),
  content: Type.Ref('NoticeContent'),
  history: Type.Array(HistoryEntryView),
});
/** A reference has no type of its own; the content is the one NoticeContent. */
export type NoticeDetail = Omit<Static<typeof NoticeDetail>, 'content'> & { content: NoticeContent };

export const NoticeState = Type.Object({
  id: Type.Integer(),
  box: Type.Enum(BOXES),
  type: NoticeTypeSchema,
  status: Type.Enum(NOTICE_STATUSES),
  recipient: Nullable(Type.String()),
  forwardedAs: Type.Optional(
    Type.Integer({ description: "the id of the copy in the other municipality's box" }),
  ),
});
export type NoticeState = Static<typeof NoticeState>;

export const WorkItem = Type.Object({
  ...Envelope,
  name: Nullable(PersonName),
  birthDate: Nullable(CalendarDate),
  institution: Nullable(InstitutionRef),
  /** The municipality the rules chose (review) or null (queue). */
  proposed: Nullable(MunicipalityRef),
  exception: Nullable(Type.String({ description: 'why the rules could not route it (queue)' })),
  routing: RoutingExplanation,
  daysLeft: Nullable(
    Type.Integer({ description: 'announcedDate minus today (Dutch date): the days left to tell the mayor' }),
  ),
  urgency: Nullable(
    Type.Enum(['late', 'inside-week', 'in-time'], {
      description:
        'daysLeft against the week the mayor must have: late when the date has passed or the notice is late',
    }),
  ),
});
export type WorkItem = Static<typeof WorkItem>;

export const WorkPage = Type.Object({
  notices: Type.Array(WorkItem),
  nextCursor: Nullable(Type.String({ description: 'pass as cursor for the next page' })),
});
export type WorkPage = Static<typeof WorkPage>;

export const WorkCounts = Type.Object({
  review: Type.Integer({ description: 'BIJ notices awaiting the check of their municipality' }),
  queue: Type.Integer({ description: 'notices the rules could not route' }),
});
export type WorkCounts = Static<typeof WorkCounts>;

// --- What the routes take -------------------------------------------------------------

const Cursor = Type.String({ pattern: '^[0-9]{1,15}$', description: 'nextCursor of the page before' });
const Limit = Type.Integer({ minimum: 1, maximum: 100, default: 25 });

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });

const MunicipalityCode = Type.String({
  pattern: '^GM[0-9]{4}$',
  description: 'CBS code of a current municipality',
});
const Reason = Type.String({
  minLength: 1,
  maxLength: 2000,
  pattern: '\\S',
  description: 'why (kept in the history)',
});

/** The filters of one box's list. */
export const BoxQuery = (box: Box) =>
  Type.Object({
    type: Type.Optional(Type.Enum(BOX_TYPES[box])),
    status: Type.Optional(Type.Enum(BOX_STATUSES)),
    from: Type.Optional(CalendarDate),
    to: Type.Optional(CalendarDate),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  });

/**
 * A search of one box, in the body so that no BSN or SKN appears in a URL (or a
 * server's access log): the list's filters, a name or a key, and the order.
 */
export const BoxSearchBody = (box: Box) =>
  Type.Object(
    {
      q: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 100,
          pattern: '\\S',
          description:
            "part of a name, or exactly an SKN, a BSN or a victim registration's kenmerk, where the box's notices carry that key (BSN: re-integration; SKN and kenmerk: victims)",
        }),
      ),
      type: Type.Optional(Type.Enum(BOX_TYPES[box])),
      status: Type.Optional(Type.Enum(BOX_STATUSES)),
      announcedFrom: Type.Optional(CalendarDateOf('the date that matters (sortDate) on or after')),
      announcedTo: Type.Optional(CalendarDateOf('the date that matters (sortDate) on or before')),
      from: Type.Optional(CalendarDateOf('received on or after (Dutch date)')),
      to: Type.Optional(CalendarDateOf('received on or before (Dutch date)')),
      sort: Type.Optional(
        Type.Enum(['received', 'announced'], {
          default: 'received',
          description: 'announced: by sortDate (a notice without one last); received: by arrival',
        }),
      ),
      direction: Type.Optional(
        Type.Enum(['asc', 'desc'], {
          description: 'default: desc for received (newest first), asc for announced (soonest first)',
        }),
      ),
      limit: Type.Optional(Limit),
      cursor: Type.Optional(
        Type.String({ pattern: '^[0-9]{1,6}$', description: 'nextCursor of the page before' }),
      ),
    },
    { additionalProperties: false },
  );
export type BoxSearchBody = Static<ReturnType<typeof BoxSearchBody>>;

/** The view per person: a notice of the box names the person, so no BSN or SKN need be known or sent. */
export const PersonBody = Type.Union([
  Type.Object(
    { noticeId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) },
    { additionalProperties: false },
  ),
  Type.Object(
    { skn: Type.String({ pattern: '^[0-9A-Za-z-]{1,20}$', description: 'the strafrechtketennummer' }) },
    { additionalProperties: false },
  ),
]);
export type PersonBody = Static<typeof PersonBody>;

export const BulkAcknowledgeBody = Type.Object(
  {
    ids: Type.Array(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }), {
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
    }),
  },
  { additionalProperties: false },
);
export type BulkAcknowledgeBody = Static<typeof BulkAcknowledgeBody>;

export const BulkAcknowledgeResult = Type.Object({
  acknowledged: Type.Array(NoticeState),
  refused: Type.Array(
    Type.Object({
      id: Type.Integer(),
      reason: Type.Enum(['not-found', 'invalid-state'], {
        description:
          'not-found: not in your box; invalid-state: only a delivered or read notice can be acknowledged',
      }),
      status: Nullable(Type.Enum(NOTICE_STATUSES)),
    }),
  ),
});
export type BulkAcknowledgeResult = Static<typeof BulkAcknowledgeResult>;

export const UpcomingQuery = Type.Object({
  weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 26, default: 8 })),
});

export const UpcomingReleases = Type.Object({
  from: CalendarDateOf('today (Dutch date)'),
  to: CalendarDateOf('the last day of the window'),
  releases: Type.Array(
    Type.Object({
      noticeId: Type.Integer({ description: 'the newest notice of the person in this box' }),
      name: Nullable(PersonName),
      birthDate: Nullable(CalendarDate),
      bsn: Nullable(Type.String()),
      institution: Nullable(InstitutionRef),
      plannedEndDate: CalendarDate,
      daysLeft: Type.Integer({ description: 'plannedEndDate minus today' }),
    }),
  ),
});
export type UpcomingReleases = Static<typeof UpcomingReleases>;

export const BoxCsv = Type.String({
  description:
    "the box's notices that match the search, in its order (at most 5,000), as CSV with a header row; a BSN only in the re-integration box's",
});

export const WorkQuery = Type.Object({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) });
export type WorkQuery = Static<typeof WorkQuery>;

/** The BIJ review: oldest first, or the earliest announced date first (urgent). */
export const ReviewQuery = Type.Object({
  limit: Type.Optional(Limit),
  cursor: Type.Optional(
    Type.String({
      pattern: '^([0-9]{4}-[0-9]{2}-[0-9]{2}_)?[0-9]{1,15}$',
      description: 'nextCursor of the page before, of the same order',
    }),
  ),
  order: Type.Optional(
    Type.Enum(['oldest', 'urgent'], {
      default: 'oldest',
      description: 'urgent: the earliest announced date first (late ones lead), then the oldest',
    }),
  ),
});
export type ReviewQuery = Static<typeof ReviewQuery>;

/** The operations queue: narrowed by reason, box and age, in one of four orders. */
export const QueueQuery = Type.Object({
  limit: Type.Optional(Limit),
  cursor: Type.Optional(
    Type.String({
      pattern: '^([0-9A-Za-z-]{1,40}_)?[0-9]{1,15}$',
      description: 'nextCursor of the page before, of the same sort',
    }),
  ),
  sort: Type.Optional(
    Type.Enum(['oldest', 'newest', 'person', 'announced'], {
      default: 'oldest',
      description:
        "oldest or newest made first; person: a person's notices together (by SKN); announced: the earliest announced date first",
    }),
  ),
  reason: Type.Optional(Type.Enum(ROUTING_EXCEPTIONS, { description: 'only notices with this exception' })),
  box: Type.Optional(Type.Enum(BOXES, { description: 'only notices for this box' })),
  olderThanDays: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 36500,
      description: 'only notices made more than this many days ago',
    }),
  ),
  from: Type.Optional(CalendarDateOf('only notices made on or after this Dutch date')),
  to: Type.Optional(CalendarDateOf('only notices made on or before this Dutch date')),
});
export type QueueQuery = Static<typeof QueueQuery>;

/** The queue's size per reason and per box, for the operator's first screen. */
export const QueueCounts = Type.Object({
  total: Type.Integer(),
  byReason: Type.Record(Type.String(), Type.Integer(), { description: 'per routing exception' }),
  byBox: Type.Record(Type.String(), Type.Integer(), { description: 'per box' }),
});
export type QueueCounts = Static<typeof QueueCounts>;

/** Several notices of the queue to one municipality with one reason: all of them, or none. */
export const BulkRouteBody = Type.Object(
  {
    ids: Type.Array(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }), {
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
    }),
    recipient: MunicipalityCode,
    reason: Reason,
  },
  { additionalProperties: false },
);
export type BulkRouteBody = Static<typeof BulkRouteBody>;

export const BulkRouteResult = Type.Object({ routed: Type.Array(NoticeState) });
export type BulkRouteResult = Static<typeof BulkRouteResult>;

export const ForwardBody = Type.Object(
  { municipalityCode: MunicipalityCode, reason: Reason },
  { additionalProperties: false },
);
export type ForwardBody = Static<typeof ForwardBody>;

export const ReviewDecision = Type.Union([
  Type.Object({ decision: Type.Literal('confirm') }, { additionalProperties: false }),
  Type.Object(
    { decision: Type.Literal('change'), municipalityCode: MunicipalityCode, reason: Reason },
    { additionalProperties: false },
  ),
]);
export type ReviewDecision = Static<typeof ReviewDecision>;

export const RouteBody = Type.Object(
  { recipient: MunicipalityCode, reason: Reason },
  { additionalProperties: false },
);
export type RouteBody = Static<typeof RouteBody>;

// --- The explanation of an event (operators) --------------------------------------------

export const Explanation = Type.Object({
  event: Type.Object({
    logId: Type.Integer(),
    source: Type.String(),
    eventId: Type.String(),
    type: Type.String(),
    skn: Type.String(),
    occurredAt: Type.String(),
    receivedAt: Type.String(),
  }),
  notices: Type.Array(
    Type.Object({
      id: Type.Integer(),
      box: Type.String(),
      type: Type.String(),
      recipient: Nullable(Type.String()),
      exception: Nullable(Type.String()),
      exceptionReason: Nullable(
        Type.String({
          description:
            'why the rules could not route it, as the routing explanation tells it; null when routed',
        }),
      ),
      exceptionText: Nullable(Type.String({ description: 'exceptionReason in Dutch; null when routed' })),
      late: Type.Boolean(),
      supersedes: Nullable(Type.String({ description: 'the event id of the earlier notice it corrects' })),
      legalBasis: Type.String(),
      ruleSet: Type.String(),
      status: Type.String(),
    }),
  ),
  decisions: Type.Array(
    Type.Object({
      box: Type.String(),
      reason: Type.String({ description: 'in English, as replay --explain writes it' }),
      ruleSet: Type.String(),
      noticeType: Nullable(Type.String({ description: 'the notice the rule did not make' })),
      text: Nullable(
        Type.String({
          description: 'the reason in Dutch; null for a decision stored before reasons had codes',
        }),
      ),
    }),
  ),
  note: Type.Optional(Type.String()),
});
export type Explanation = Static<typeof Explanation>;
