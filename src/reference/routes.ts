/**
 * GET /api/v1/reference/...: the code lists, public (they hold no personal
 * data), each with its source. Dates in query strings are `YYYY-MM-DD`.
 */
import Type from 'typebox';
import { todayInNetherlands as today } from '../platform/dates.ts';
import { NotFoundError } from '../platform/errors.ts';
import { CalendarDate } from '../platform/formats.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import type { ReferenceCatalog } from './catalog.ts';
import { OFFENCE_CATEGORIES } from './model.ts';

const DateParam = CalendarDate('a date, YYYY-MM-DD; default today');
const SectorSchema = Type.Union([Type.Literal('GW'), Type.Literal('JJI'), Type.Literal('TBS')]);
const CategorySchema = Type.Enum(OFFENCE_CATEGORIES);

const Source = Type.Object({
  list: Type.String(),
  publisher: Type.String(),
  title: Type.String(),
  licence: Type.String(),
  retrieved: Type.String(),
  notes: Type.String(),
});

const Municipality = Type.Object(
  {
    code: Type.String({ pattern: '^GM[0-9]{4}$' }),
    name: Type.String(),
    province: Type.String(),
    validFrom: Type.String(),
    validUntil: Type.Union([Type.String(), Type.Null()]),
    population: Type.Union([Type.Integer(), Type.Null()]),
  },
  { $id: 'Municipality' },
);

// Null where no public source confirmed the part: such an institution is not recognised by address.
const AddressPart = (what: string) =>
  Type.Union([Type.String(), Type.Null()], {
    description: `${what}; null when no public source confirmed it`,
  });

const Institution = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    sector: SectorSchema,
    street: AddressPart('street'),
    houseNumber: AddressPart('house number, with any addition'),
    postalCode: AddressPart('postal code, 1234AB'),
    city: Type.String(),
    municipalityCode: Type.String(),
    capacity: Type.Integer(),
    addressSource: Type.String({
      description: 'where the address comes from: the page or document and when it was read',
    }),
    addressVerified: Type.Boolean({
      description:
        'a public page that was read confirms the whole address; until then a BRP address near it registered after the admission is not trusted',
    }),
    contact: Type.Object(
      {
        phone: Type.Union([Type.String(), Type.Null()], {
          description: 'general number; null when not known',
        }),
        url: Type.Union([Type.String(), Type.Null()], { description: 'location page; null when not known' }),
      },
      { description: 'how a mayor reaches the institution (the BIJ notice)' },
    ),
  },
  { $id: 'Institution' },
);

const LawArticle = Type.Object(
  {
    code: Type.String(),
    law: Type.String(),
    article: Type.String(),
    description: Type.String(),
    category: CategorySchema,
    scmMainGroup: Type.String(),
    validFrom: Type.Union([Type.String(), Type.Null()], {
      description: 'first day of this numbering; null: before the text the list was read from',
    }),
    validUntil: Type.Union([Type.String(), Type.Null()], {
      description: 'exclusive end; null while in force',
    }),
    note: Type.Optional(Type.String()),
  },
  { $id: 'LawArticle' },
);

const DetentionTitle = Type.Object({
  kind: Type.String(),
  name: Type.String(),
  sectors: Type.Array(SectorSchema),
  legalBasis: Type.String(),
  description: Type.String(),
});

function list<T extends import('typebox').TSchema>(items: T) {
  return Type.Object({ source: Source, items: Type.Array(items) });
}

export interface ReferenceRoutesOptions {
  catalog: ReferenceCatalog;
}

export async function referenceRoutes(app: App, { catalog }: ReferenceRoutesOptions): Promise<void> {
  app.addSchema(Municipality);
  app.addSchema(Institution);
  app.addSchema(LawArticle);
  const sourceOf = (name: string) => {
    const source = catalog.data.sources.find((s) => s.list === name);
    if (!source) throw new Error(`reference list ${name} has no source`);
    return source;
  };
  const problems = { 400: Type.Ref('Problem'), 404: Type.Ref('Problem') };
  const base = `${API_PREFIX}/reference`;

  app.get(
    `${base}/municipalities`,
    {
      schema: {
        tags: ['reference'],
        summary: 'Municipalities valid on a date (default today), or every code since 2019',
        querystring: Type.Object({
          date: Type.Optional(DateParam),
          includeFormer: Type.Optional(Type.Boolean({ description: 'also codes that no longer exist' })),
        }),
        response: { 200: list(Type.Ref('Municipality')), ...problems },
      },
    },
    async (request) => ({
      source: sourceOf('municipalities'),
      items: request.query.includeFormer
        ? catalog.data.municipalities
        : catalog.municipalitiesOn(request.query.date ?? today()),
    }),
  );

  app.get(
    `${base}/municipalities/:code`,
    {
      schema: {
        tags: ['reference'],
        summary:
          'A municipality code, resolved to the municipality it stands for on a date (mergers followed)',
        params: Type.Object({ code: Type.String({ pattern: '^GM[0-9]{4}$' }) }),
        querystring: Type.Object({ date: Type.Optional(DateParam) }),
        response: {
          200: Type.Object({
            requested: Type.Ref('Municipality'),
            resolved: Type.Ref('Municipality'),
            date: Type.String(),
          }),
          ...problems,
        },
      },
    },
    async (request) => {
      const date = request.query.date ?? today();
      const requested = catalog.municipality(request.params.code);
      const resolved = catalog.resolveMunicipality(request.params.code, date);
      if (!requested || !resolved) {
        throw new NotFoundError('MUNICIPALITY_NOT_FOUND', `no municipality with code ${request.params.code}`);
      }
      return { requested, resolved, date };
    },
  );

  app.get(
    `${base}/institutions`,
    {
      schema: {
        tags: ['reference'],
        summary: 'DJI institutions (PI, JJI, TBS clinics)',
        querystring: Type.Object({ sector: Type.Optional(SectorSchema) }),
        response: { 200: list(Type.Ref('Institution')), ...problems },
      },
    },
    async (request) => ({
      source: sourceOf('institutions'),
      items: catalog.data.institutions.filter(
        (i) => !request.query.sector || i.sector === request.query.sector,
      ),
    }),
  );

  app.get(
    `${base}/institutions/:code`,
    {
      schema: {
        tags: ['reference'],
        summary: 'One DJI institution',
        params: Type.Object({ code: Type.String({ maxLength: 100 }) }),
        response: { 200: Type.Ref('Institution'), ...problems },
      },
    },
    async (request) => {
      const institution = catalog.institution(request.params.code);
      if (!institution)
        throw new NotFoundError('INSTITUTION_NOT_FOUND', `no institution with code ${request.params.code}`);
      return institution;
    },
  );

  app.get(
    `${base}/offences`,
    {
      schema: {
        tags: ['reference'],
        summary: 'Law articles in force on a date (default today) and their offence category',
        querystring: Type.Object({
          category: Type.Optional(CategorySchema),
          date: Type.Optional(DateParam),
          includeFormer: Type.Optional(Type.Boolean({ description: 'every numbering, repealed ones too' })),
        }),
        response: { 200: list(Type.Ref('LawArticle')), ...problems },
      },
    },
    async (request) => ({
      source: sourceOf('offences'),
      items: (request.query.includeFormer
        ? catalog.data.offences
        : catalog.offencesOn(request.query.date ?? today())
      ).filter((o) => !request.query.category || o.category === request.query.category),
    }),
  );

  app.get(
    `${base}/offences/:code`,
    {
      schema: {
        tags: ['reference'],
        summary:
          'One law article, e.g. "Sr 242" (URL-encoded: Sr%20242), in the numbering of a date (default today)',
        params: Type.Object({ code: Type.String({ maxLength: 50 }) }),
        querystring: Type.Object({ date: Type.Optional(DateParam) }),
        response: { 200: Type.Ref('LawArticle'), ...problems },
      },
    },
    async (request) => {
      const offence = catalog.offence(request.params.code, request.query.date);
      if (!offence) throw new NotFoundError('OFFENCE_NOT_FOUND', `no law article ${request.params.code}`);
      return offence;
    },
  );

  app.get(
    `${base}/titles`,
    {
      schema: {
        tags: ['reference'],
        summary: 'Detention titles',
        response: { 200: list(DetentionTitle) },
      },
    },
    async () => ({ source: sourceOf('titles'), items: catalog.data.titles }),
  );

  app.get(
    `${base}/sources`,
    {
      schema: {
        tags: ['reference'],
        summary: 'Where every reference list comes from',
        response: { 200: Type.Array(Source) },
      },
    },
    async () => catalog.data.sources,
  );
}
