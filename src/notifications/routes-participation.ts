/**
 * Municipal participation over HTTP, for administrators only: the list of
 * municipalities with their state per box, a municipality's history, and
 * registering or ending participation. Who and when is kept with every
 * change (participation-store.ts); nothing here reads personal data.
 */
import Type, { type Static } from 'typebox';
import { requireUser, type SessionResolver, userOf } from '../access/index.ts';
import { todayInNetherlands } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { CalendarDate as CalendarDateOf, Nullable } from '../platform/formats.ts';
import { problems } from '../platform/problem.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import {
  endParticipation,
  listParticipation,
  participationHistory,
  registerParticipation,
} from './participation-admin.ts';

export interface ParticipationRoutesOptions {
  db: Db;
  catalog: ReferenceCatalog;
  sessions: SessionResolver;
}

const CalendarDate = CalendarDateOf();
const Box = Type.Union([Type.Literal('bij'), Type.Literal('reintegration')]);
const MunicipalityCode = Type.String({ pattern: '^GM[0-9]{4}$', description: 'CBS code, GM + 4 digits' });
const Authorisation = Type.Object(
  {
    reference: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '\\S',
      description: "the mayor's authorisation",
    }),
    date: CalendarDate,
  },
  { additionalProperties: false },
);

export const ParticipationRegistration = Type.Object(
  {
    id: Type.Integer(),
    municipalityCode: Type.String(),
    box: Box,
    from: CalendarDate,
    until: Nullable(CalendarDate),
    authorisation: Nullable(Authorisation),
    registeredAt: Type.String({ format: 'date-time' }),
    registeredBy: Type.String(),
    end: Nullable(
      Type.Object({
        reason: Type.String(),
        endedAt: Type.String({ format: 'date-time' }),
        endedBy: Type.String(),
      }),
    ),
  },
  { $id: 'ParticipationRegistration' },
);
export type ParticipationRegistration = Static<typeof ParticipationRegistration>;

const BoxState = Type.Object({
  status: Type.Union([
    Type.Literal('participating'),
    Type.Literal('not-participating'),
    Type.Literal('no-active-user'),
  ]),
  current: Nullable(Type.Ref('ParticipationRegistration')),
  upcoming: Nullable(Type.Ref('ParticipationRegistration')),
  activeUsers: Type.Integer({ description: 'users of the municipality holding the box role, not disabled' }),
});

const MunicipalityState = {
  code: Type.String(),
  name: Type.String(),
  province: Type.String(),
  boxes: Type.Object({ bij: BoxState, reintegration: BoxState }),
};

export const MunicipalityParticipation = Type.Object(MunicipalityState);
export type MunicipalityParticipation = Static<typeof MunicipalityParticipation>;

export const ParticipationHistory = Type.Object({
  ...MunicipalityState,
  validFrom: CalendarDate,
  validUntil: Nullable(CalendarDate),
  registrations: Type.Array(Type.Ref('ParticipationRegistration')),
});

export const RegisterParticipation = Type.Object(
  {
    municipalityCode: MunicipalityCode,
    box: Box,
    from: CalendarDate,
    authorisation: Type.Optional(Authorisation),
  },
  { additionalProperties: false },
);

export const EndParticipation = Type.Object(
  {
    until: CalendarDate,
    reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
  },
  { additionalProperties: false },
);

const DateQuery = Type.Object({
  date: Type.Optional(CalendarDateOf('the state on this date; today (Dutch time) when left out')),
});

const tags = ['Participation'];

export async function participationRoutes(app: App, options: ParticipationRoutesOptions): Promise<void> {
  const { db, catalog, sessions } = options;
  const admin = requireUser(sessions, ['administrator']);
  const actor = (request: Parameters<typeof userOf>[0]) => {
    const user = userOf(request);
    return { userId: user.id, username: user.username };
  };
  app.addSchema(ParticipationRegistration);

  app.get(
    `${API_PREFIX}/deelname`,
    {
      schema: {
        tags,
        summary: 'Every municipality with its participation per box on a date (administrators)',
        description:
          'The status is what the routing does with a notice for that box on the date: into the box ' +
          '(participating), or to the operators (not-participating, no-active-user).',
        querystring: DateQuery,
        response: { 200: Type.Array(MunicipalityParticipation), ...problems(400, 401, 403) },
      },
      onRequest: admin,
    },
    async (request) => listParticipation(db, catalog, request.query.date ?? todayInNetherlands()),
  );

  app.get(
    `${API_PREFIX}/deelname/:code`,
    {
      schema: {
        tags,
        summary: "A municipality's participation: its state and every registration and end (administrators)",
        params: Type.Object({ code: MunicipalityCode }),
        querystring: DateQuery,
        response: { 200: ParticipationHistory, ...problems(400, 401, 403, 404) },
      },
      onRequest: admin,
    },
    async (request) =>
      participationHistory(db, catalog, request.params.code, request.query.date ?? todayInNetherlands()),
  );

  app.post(
    `${API_PREFIX}/deelname`,
    {
      schema: {
        tags,
        summary: 'Register a municipality for a box from a date (administrators)',
        description:
          'Re-integration needs the authorisation signed by the mayor (reference and date, signed on or ' +
          'before the start). Refused (422, nothing stored) for an unknown or ceased municipality and ' +
          'for a start while another registration of the box is not ended by then.',
        body: RegisterParticipation,
        response: { 201: Type.Ref('ParticipationRegistration'), ...problems(400, 401, 403, 422) },
      },
      onRequest: admin,
    },
    async (request, reply) => {
      const stored = await registerParticipation(
        db,
        catalog,
        actor(request),
        request.body,
        todayInNetherlands(),
      );
      request.log.info(
        { participation: stored.id, municipality: stored.municipalityCode, box: stored.box },
        'participation registered',
      );
      return reply.code(201).send(stored);
    },
  );

  app.post(
    `${API_PREFIX}/deelname/registraties/:id/einde`,
    {
      schema: {
        tags,
        summary: 'End a participation from a date, with a reason (administrators)',
        description:
          'From `until` on (the first day no longer in force) notices for the box go to the operators. ' +
          'An end on the start date withdraws a registration made in error. A registration ends once (409).',
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }),
        body: EndParticipation,
        response: { 200: Type.Ref('ParticipationRegistration'), ...problems(400, 401, 403, 404, 409, 422) },
      },
      onRequest: admin,
    },
    async (request) => {
      const stored = await endParticipation(db, actor(request), request.params.id, request.body);
      request.log.info({ participation: stored.id, until: stored.until }, 'participation ended');
      return stored;
    },
  );
}
