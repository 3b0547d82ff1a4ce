/**
 * The Berichtenbox over HTTP: each organisation's boxes (list, open,
 * acknowledge; BIJ officers also forward), and the Justid operators' work
 * (confirming or changing the municipality of BIJ notices, routing notices
 * the rules could not route).
 *
 * Access is declared per route (the box's role, or justid-operator) and the
 * box itself is the caller's organisation in the SQL, so another
 * organisation's notice is as absent as one that does not exist (404). Every
 * answer that carries personal data writes the processing log, one row per
 * person, in the transaction of the read. Changes are written to the
 * notice's history (who, when, from which state to which, why).
 */
import Type, { type TSchema } from 'typebox';
import {
  loggedReads,
  type ProcessingActivity,
  type ProcessingRequest,
  requireUser,
  type SessionResolver,
  type User,
} from '../access/index.ts';
import { dutchDate, todayInNetherlands } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { ConflictError, DomainError, NotFoundError } from '../platform/errors.ts';
import { CalendarDate as CalendarDateOf, DateTime } from '../platform/formats.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import type { TraceContext } from '../platform/trace.ts';
import type { Municipality, ReferenceCatalog } from '../reference/index.ts';
import {
  BOX_ROLE,
  BOX_STATUSES,
  BOX_TYPES,
  BOXES,
  contentOf,
  currentMunicipality,
  institutionAfter,
  NOTICE_STATUSES,
  type NoticeAction,
  type NoticeSources,
  nextStatus,
  routingOf,
  type StoredNotice,
} from './box.ts';
import type { Box } from './model.ts';
import {
  type Actor,
  changeNotice,
  countWork,
  findNotice,
  type HistoryEntry,
  hasTwin,
  insertForwardedCopy,
  listBox,
  listHistory,
  listWork,
  loadSources,
  type NoticeScope,
  unreadCounts,
} from './store.ts';

export interface NoticeRoutesOptions {
  db: Db;
  catalog: ReferenceCatalog;
  sessions: SessionResolver;
  pseudonymKey: string;
  auditKey: string;
}

// --- Schemas ----------------------------------------------------------------------

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const CalendarDate = CalendarDateOf();
const Name = Type.Object({ surname: Type.String(), givenNames: Type.String() });
const InstitutionRef = Type.Object({ code: Type.String(), name: Type.String() });
const AddressSchema = Type.Object({
  street: Type.String(),
  houseNumber: Type.String(),
  postalCode: Type.String(),
  city: Type.String(),
  municipalityCode: Type.String(),
});
const MunicipalityRef = Type.Object({ code: Type.String(), name: Type.String() });

const NoticeContentSchema = Type.Object(
  {
    bsn: Type.Optional(Type.String()),
    skn: Type.Optional(Type.String()),
    name: Type.Optional(Name),
    birthDate: Type.Optional(CalendarDate),
    institution: Type.Optional(InstitutionRef),
    admissionDate: Type.Optional(CalendarDate),
    plannedEndDate: Type.Optional(CalendarDate),
    releaseDate: Type.Optional(CalendarDate),
    leaveFrom: Type.Optional(CalendarDate),
    leaveUntil: Type.Optional(CalendarDate),
    phaseFrom: Type.Optional(CalendarDate),
    terminationDate: Type.Optional(CalendarDate),
    routingAddress: Type.Optional(
      Type.Union([
        AddressSchema,
        Type.Object({ municipalityCode: Type.String(), municipalityName: Type.String() }),
      ]),
    ),
    victimReference: Type.Optional(Type.String()),
    drPlanAvailable: Type.Optional(Type.Boolean()),
    drInformationConsent: Type.Optional(Type.Boolean()),
  },
  {
    $id: 'NoticeContent',
    additionalProperties: false,
    description: "only the fields of the notice type's field list (docs/api.md, Berichtenbox)",
  },
);

const HistoryEntrySchema = Type.Object({
  at: DateTime(),
  action: Type.String({ description: 'confirm, change, route, open, acknowledge, forward, forwarded-in' }),
  by: Type.Object({ username: Type.String(), organisation: Type.String() }),
  fromStatus: Nullable(Type.String()),
  toStatus: Type.String(),
  fromRecipient: Nullable(Type.String()),
  toRecipient: Nullable(Type.String()),
  reason: Nullable(Type.String()),
});

const NoticeTypeSchema = Type.Enum([...BOX_TYPES.bij, ...BOX_TYPES.reintegration, ...BOX_TYPES.victims]);

const Envelope = {
  id: Type.Integer(),
  box: Type.Enum(BOXES),
  type: NoticeTypeSchema,
  status: Type.Enum(NOTICE_STATUSES),
  createdAt: DateTime(),
  eventDate: CalendarDateOf('the Dutch date of the event the notice is about'),
};

const NoticeSummarySchema = Type.Object({ ...Envelope, name: Nullable(Name) });

const BoxPageSchema = Type.Object({
  notices: Type.Array(NoticeSummarySchema),
  nextCursor: Nullable(Type.String({ description: 'pass as cursor for the next (older) page' })),
  unread: Type.Record(Type.String(), Type.Integer(), {
    description: 'delivered, not yet opened notices per type, over the whole box',
  }),
});

const NoticeDetailSchema = Type.Object({
  ...Envelope,
  legalBasis: Type.String(),
  content: Type.Ref('NoticeContent'),
  history: Type.Array(HistoryEntrySchema),
});

const NoticeStateSchema = Type.Object({
  id: Type.Integer(),
  box: Type.Enum(BOXES),
  type: NoticeTypeSchema,
  status: Type.Enum(NOTICE_STATUSES),
  recipient: Nullable(Type.String()),
  forwardedAs: Type.Optional(
    Type.Integer({ description: "the id of the copy in the other municipality's box" }),
  ),
});

const RoutingSchema = Type.Object({
  basis: Type.Enum(['leave-address', 'brp', 'fixed']),
  address: Nullable(AddressSchema),
  municipality: Nullable(MunicipalityRef),
  explanation: Type.String(),
});

const WorkItemSchema = Type.Object({
  ...Envelope,
  name: Nullable(Name),
  birthDate: Nullable(CalendarDate),
  institution: Nullable(InstitutionRef),
  /** The municipality the rules chose (review) or null (queue). */
  proposed: Nullable(MunicipalityRef),
  exception: Nullable(Type.String({ description: 'why the rules could not route it (queue)' })),
  routing: RoutingSchema,
});

const WorkPageSchema = Type.Object({
  notices: Type.Array(WorkItemSchema),
  nextCursor: Nullable(Type.String({ description: 'pass as cursor for the next page' })),
});

const Cursor = Type.String({ pattern: '^[0-9]{1,15}$', description: 'nextCursor of the page before' });
const Limit = Type.Integer({ minimum: 1, maximum: 100, default: 25 });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });
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

const ReviewDecision = Type.Union([
  Type.Object({ decision: Type.Literal('confirm') }, { additionalProperties: false }),
  Type.Object(
    { decision: Type.Literal('change'), municipalityCode: MunicipalityCode, reason: Reason },
    { additionalProperties: false },
  ),
]);

const problems = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, Type.Ref('Problem')]));

// --- Turning notices into answers ---------------------------------------------------

const notFound = () => new NotFoundError('NOTICE_NOT_FOUND', 'no such notice here');

function envelope(n: StoredNotice, sources: NoticeSources | undefined) {
  return {
    id: n.id,
    box: n.box,
    type: n.type,
    status: n.status,
    createdAt: n.createdAt.toISOString(),
    eventDate: sources ? dutchDate(sources.occurredAt) : dutchDate(n.createdAt),
  };
}

const nameOf = (s: NoticeSources | undefined) =>
  s?.person ? { surname: s.person.surname, givenNames: s.person.givenNames } : null;

function historyView(h: HistoryEntry) {
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

const stateOf = (n: StoredNotice, forwardedAs?: number) => ({
  id: n.id,
  box: n.box,
  type: n.type,
  status: n.status,
  recipient: n.recipient,
  ...(forwardedAs === undefined ? {} : { forwardedAs }),
});

const actorOf = (user: User): Actor => ({
  userId: user.id,
  username: user.username,
  organisation: user.organisation,
});

const nextCursor = (page: { notices: StoredNotice[]; more: boolean }) =>
  page.more ? String(page.notices.at(-1)?.id) : null;

/** A municipality someone names as recipient: it must exist today (a merged code is refused, 422). */
function namedMunicipality(code: string, field: string, catalog: ReferenceCatalog): Municipality {
  const today = todayInNetherlands();
  const found = currentMunicipality(code, today, catalog);
  if (found) return found;
  const successor = catalog.resolveMunicipality(code, today);
  const hint = successor ? `; since merged into ${successor.code} ${successor.name}` : '';
  throw new DomainError('UNKNOWN_MUNICIPALITY', 422, `${code} is not a current municipality${hint}`, [
    { field, rule: 'current-municipality', message: `${field} must be a current municipality code` },
  ]);
}

function refuseTransition(n: StoredNotice, action: NoticeAction): never {
  throw new ConflictError(
    'INVALID_TRANSITION',
    `a notice that is ${n.status} cannot take the action ${action}`,
  );
}

// --- Routes ---------------------------------------------------------------------------

export async function noticeRoutes(app: App, options: NoticeRoutesOptions): Promise<void> {
  const { db, catalog, sessions, pseudonymKey, auditKey } = options;
  app.addSchema(NoticeContentSchema);
  const operator = requireUser(sessions, ['justid-operator']);

  const log = loggedReads(db, { pseudonymKey, auditKey });
  const logged = <T>(
    request: ProcessingRequest,
    activity: ProcessingActivity,
    read: (trx: Db) => Promise<{ value: T; subjects: readonly string[] }>,
  ) => log(request, activity, 'read', read);

  /**
   * Takes `action` on a notice in `scope`, in one transaction: 404 when out of
   * reach, 409 when its state does not allow the action. `prepare` runs first
   * on the locked notice and may refuse, or make what the change needs.
   */
  const act = <T = undefined>(
    user: User,
    id: number,
    scope: NoticeScope,
    action: NoticeAction,
    change: { recipient?: string; forwardedTo?: string; reason?: string },
    prepare?: (trx: Db, notice: StoredNotice, actor: Actor) => Promise<T>,
  ) =>
    db.transaction().execute(async (trx) => {
      const notice = await findNotice(trx, id, scope, { lock: true });
      if (!notice) throw notFound();
      const to = nextStatus(action, notice.status);
      if (!to) refuseTransition(notice, action);
      const actor = actorOf(user);
      const prepared = prepare ? await prepare(trx, notice, actor) : undefined;
      await changeNotice(trx, notice, { action, to, ...change }, actor);
      return {
        notice: { ...notice, status: to, recipient: change.recipient ?? notice.recipient },
        prepared,
      };
    });

  for (const box of BOXES) boxRoutes(box);

  function boxRoutes(box: Box) {
    const officer = requireUser(sessions, [BOX_ROLE[box]]);
    const scopeOf = (user: User | undefined): NoticeScope => ({
      box,
      recipient: (user as User).organisation,
    });
    const tags = ['Berichtenbox'];

    app.get(
      `${API_PREFIX}/berichtenbox/${box}`,
      {
        schema: {
          tags,
          summary: `The ${box} box of your organisation, newest first`,
          description:
            'Filters by type, status and the day the notice was made (from/to, Dutch dates, inclusive). Every person listed is recorded in the processing log.',
          querystring: Type.Object({
            type: Type.Optional(Type.Enum(BOX_TYPES[box])),
            status: Type.Optional(Type.Enum(BOX_STATUSES)),
            from: Type.Optional(CalendarDate),
            to: Type.Optional(CalendarDate),
            limit: Type.Optional(Limit),
            cursor: Type.Optional(Cursor),
          }),
          response: { 200: BoxPageSchema, ...problems(400, 401, 403) },
        },
        onRequest: officer,
      },
      async (request) => {
        const q = request.query;
        const recipient = (request.user as User).organisation;
        return logged(request, 'berichtenbox-lijst', async (trx) => {
          const page = await listBox(trx, {
            box,
            recipient,
            type: q.type,
            status: q.status,
            from: q.from,
            to: q.to,
            limit: q.limit ?? 25,
            before: q.cursor === undefined ? undefined : Number(q.cursor),
          });
          const sources = await loadSources(trx, page.notices);
          const unread = await unreadCounts(trx, box, recipient);
          return {
            value: {
              notices: page.notices.map((n) => ({
                ...envelope(n, sources.get(n.id)),
                name: nameOf(sources.get(n.id)),
              })),
              nextCursor: nextCursor(page),
              unread: Object.fromEntries(BOX_TYPES[box].map((t) => [t, unread.get(t) ?? 0])),
            },
            subjects: page.notices.map((n) => n.skn),
          };
        });
      },
    );

    app.get(
      `${API_PREFIX}/berichtenbox/${box}/:id`,
      {
        schema: {
          tags,
          summary: `Open a notice of the ${box} box`,
          description:
            "The content holds only the fields of the type's field list. The first opening marks a delivered notice read; every opening is recorded in the processing log.",
          params: IdParams,
          response: { 200: NoticeDetailSchema, ...problems(400, 401, 403, 404) },
        },
        onRequest: officer,
      },
      async (request) =>
        logged(request, 'berichtenbox-openen', async (trx) => {
          let notice = await findNotice(trx, request.params.id, scopeOf(request.user), { lock: true });
          if (!notice) throw notFound();
          const to = nextStatus('open', notice.status);
          if (to) {
            await changeNotice(trx, notice, { action: 'open', to }, actorOf(request.user as User));
            notice = { ...notice, status: to };
          }
          const sources = (await loadSources(trx, [notice])).get(notice.id);
          if (!sources) throw new Error(`notice ${notice.id} has no event in the log`);
          return {
            value: {
              ...envelope(notice, sources),
              legalBasis: notice.legalBasis,
              content: contentOf(notice, sources, catalog),
              history: (await listHistory(trx, notice.id)).map(historyView),
            },
            subjects: [notice.skn],
          };
        }),
    );

    app.post(
      `${API_PREFIX}/berichtenbox/${box}/:id/ontvangst`,
      {
        schema: {
          tags,
          summary: `Acknowledge receipt of a notice of the ${box} box`,
          description: 'From delivered or read to acknowledged; 409 from any other state.',
          params: IdParams,
          response: { 200: NoticeStateSchema, ...problems(400, 401, 403, 404, 409) },
        },
        onRequest: officer,
      },
      async (request) => {
        const user = request.user as User;
        const { notice } = await act(user, request.params.id, scopeOf(user), 'acknowledge', {});
        return stateOf(notice);
      },
    );
  }

  app.post(
    `${API_PREFIX}/berichtenbox/bij/:id/doorsturen`,
    {
      schema: {
        tags: ['Berichtenbox'],
        summary: 'Forward a BIJ notice to another municipality',
        description:
          "The notice becomes forwarded; the other municipality gets a delivered copy, linked to it, with the reason in the copy's history.",
        params: IdParams,
        body: Type.Object(
          { municipalityCode: MunicipalityCode, reason: Reason },
          { additionalProperties: false },
        ),
        response: { 200: NoticeStateSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
      onRequest: requireUser(sessions, [BOX_ROLE.bij]),
    },
    async (request) => {
      const user = request.user as User;
      const target = namedMunicipality(request.body.municipalityCode, 'municipalityCode', catalog);
      if (target.code === user.organisation) {
        throw new DomainError(
          'FORWARD_TO_OWN_MUNICIPALITY',
          422,
          'forward to another municipality than your own',
          [
            {
              field: 'municipalityCode',
              rule: 'other-municipality',
              message: 'municipalityCode is your own',
            },
          ],
        );
      }
      const { reason } = request.body;
      const scope = { box: 'bij' as const, recipient: user.organisation };
      const { notice, prepared: copy } = await act(
        user,
        request.params.id,
        scope,
        'forward',
        { forwardedTo: target.code, reason },
        async (trx, n, actor) => {
          const copy = await insertForwardedCopy(trx, n, target.code, actor, reason);
          if (copy === undefined)
            throw new ConflictError('ALREADY_DELIVERED', `${target.code} has this notice already`);
          return copy;
        },
      );
      return stateOf(notice, copy);
    },
  );

  /** The operators' lists: the notices with the persons they concern and how they were (not) routed. */
  const workPage = (
    request: { trace: TraceContext; user?: User; query: { limit?: number; cursor?: string } },
    queue: 'review' | 'queue',
  ) =>
    logged(request, queue === 'review' ? 'berichtenbox-controle' : 'berichtenbox-wachtrij', async (trx) => {
      const { limit = 25, cursor } = request.query;
      const page = await listWork(trx, queue, {
        limit,
        after: cursor === undefined ? undefined : Number(cursor),
      });
      const sources = await loadSources(trx, page.notices);
      const notices = page.notices.flatMap((n) => {
        const s = sources.get(n.id);
        if (!s) return [];
        const institution = institutionAfter(s.event);
        const recipient = n.recipient ? catalog.municipality(n.recipient) : undefined;
        return [
          {
            ...envelope(n, s),
            name: nameOf(s),
            birthDate: s.person?.birthDate ?? null,
            institution: institution
              ? { code: institution, name: catalog.institution(institution)?.name ?? institution }
              : null,
            proposed: recipient ? { code: recipient.code, name: recipient.name } : null,
            exception: n.routingException,
            routing: routingOf(n, s, catalog),
          },
        ];
      });
      return { value: { notices, nextCursor: nextCursor(page) }, subjects: page.notices.map((n) => n.skn) };
    });

  const workQuery = Type.Object({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) });

  app.get(
    `${API_PREFIX}/operaties/tellingen`,
    {
      schema: {
        tags: ['Operations'],
        summary: 'How many notices wait for BIJ review and in the queue',
        description: 'Counts only: no person is read, so nothing goes to the processing log.',
        response: {
          200: Type.Object({
            review: Type.Integer({ description: 'BIJ notices awaiting the check of their municipality' }),
            queue: Type.Integer({ description: 'notices the rules could not route' }),
          }),
          ...problems(401, 403),
        },
      },
      onRequest: operator,
    },
    async () => countWork(db),
  );

  app.get(
    `${API_PREFIX}/operaties/bij-controle`,
    {
      schema: {
        tags: ['Operations'],
        summary: 'BIJ notices awaiting the check of their municipality, oldest first',
        description: 'With the municipality the rules chose and why. Recorded in the processing log.',
        querystring: workQuery,
        response: { 200: WorkPageSchema, ...problems(400, 401, 403) },
      },
      onRequest: operator,
    },
    async (request) => workPage(request, 'review'),
  );

  app.post(
    `${API_PREFIX}/operaties/bij-controle/:id`,
    {
      schema: {
        tags: ['Operations'],
        summary: 'Confirm the municipality of a BIJ notice, or change it (with a reason)',
        description: 'Either way the notice is delivered to the (new) municipality.',
        params: IdParams,
        body: ReviewDecision,
        response: { 200: NoticeStateSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
      onRequest: operator,
    },
    async (request) => {
      const user = request.user as User;
      const body = request.body;
      const change =
        body.decision === 'change'
          ? {
              recipient: namedMunicipality(body.municipalityCode, 'municipalityCode', catalog).code,
              reason: body.reason,
            }
          : undefined;
      const { notice } = await act(
        user,
        request.params.id,
        'review',
        body.decision,
        change ?? {},
        change ? (trx, n) => checkNewRecipient(trx, n, change.recipient) : undefined,
      );
      return stateOf(notice);
    },
  );

  app.get(
    `${API_PREFIX}/operaties/wachtrij`,
    {
      schema: {
        tags: ['Operations'],
        summary: 'Notices the rules could not route, oldest first, with the reason',
        description: 'Recorded in the processing log.',
        querystring: workQuery,
        response: { 200: WorkPageSchema, ...problems(400, 401, 403) },
      },
      onRequest: operator,
    },
    async (request) => workPage(request, 'queue'),
  );

  app.post(
    `${API_PREFIX}/operaties/wachtrij/:id`,
    {
      schema: {
        tags: ['Operations'],
        summary: 'Route a notice from the operations queue to a municipality by hand',
        description: 'The notice is delivered to that municipality; the reason is kept in its history.',
        params: IdParams,
        body: Type.Object({ recipient: MunicipalityCode, reason: Reason }, { additionalProperties: false }),
        response: { 200: NoticeStateSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
      onRequest: operator,
    },
    async (request) => {
      const user = request.user as User;
      const target = namedMunicipality(request.body.recipient, 'recipient', catalog);
      const { notice } = await act(
        user,
        request.params.id,
        'queue',
        'route',
        { recipient: target.code, reason: request.body.reason },
        (trx, n) => checkNewRecipient(trx, n, target.code),
      );
      return stateOf(notice);
    },
  );

  /** A new recipient must differ from the current one and not have this notice already. */
  async function checkNewRecipient(trx: Db, n: StoredNotice, recipient: string): Promise<void> {
    if (recipient === n.recipient) {
      throw new DomainError('SAME_MUNICIPALITY', 422, 'the notice goes there already: confirm it instead', [
        {
          field: 'municipalityCode',
          rule: 'other-municipality',
          message: 'municipalityCode is the current one',
        },
      ]);
    }
    if (await hasTwin(trx, n, recipient)) {
      throw new ConflictError('ALREADY_DELIVERED', `${recipient} has this notice already`);
    }
  }
}
