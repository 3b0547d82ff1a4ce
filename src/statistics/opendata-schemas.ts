/**
 * The open-data API's TypeBox schemas: the catalogue, a table's metadata, a
 * page of observations and its query, as named in the OpenAPI document.
 */
import Type from 'typebox';
import { TABLE_ID } from './opendata-model.ts';
import { DEFAULT_PAGE, MAX_OFFSET, MAX_PAGE } from './opendata-query.ts';
import { THEMES } from './published.ts';

export const LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
} as const;
export const ATTRIBUTION = 'Data Alliantie Strafrechtketen';

export const PARQUET_TYPE = 'application/vnd.apache.parquet';

const Theme = Type.Enum(THEMES, { description: 'the theme of Criminaliteit en Recht the table belongs to' });
const Licence = Type.Object({ name: Type.Literal('CC BY 4.0'), url: Type.String() });

const tableLinks = {
  self: Type.String({ description: 'the table’s metadata' }),
  observations: Type.String({ description: 'its observations as JSON' }),
  csv: Type.String({ description: 'its observations as CSV' }),
  parquet: Type.String({ description: 'the whole table as Parquet' }),
};
const TableLinks = Type.Object(tableLinks);

const CatalogueTable = Type.Object({
  id: Type.String(),
  title: Type.String(),
  theme: Theme,
  summary: Type.String(),
  rows: Type.Integer(),
  links: TableLinks,
});

export const Catalogue = Type.Object({
  release: Type.Union([Type.String(), Type.Null()], { description: 'null while nothing is published' }),
  builtFrom: Type.Union([Type.String(), Type.Null()]),
  synthetic: Type.Boolean({
    description: 'the figures are made from simulated deliveries (a demo), not from the chain partners’ data',
  }),
  licence: Licence,
  attribution: Type.String(),
  tables: Type.Array(CatalogueTable),
});

const DimensionSchema = Type.Object({
  id: Type.String({ description: 'the query parameter that filters on it, and its column' }),
  title: Type.String(),
  description: Type.String(),
  codes: Type.Array(Type.Object({ code: Type.String(), title: Type.String() }), {
    description: 'in display order; the total, code T, first',
  }),
});

export const MeasureSchema = Type.Object({
  id: Type.String({ description: 'its value column; the status is in `<id>__status`' }),
  title: Type.String(),
  unit: Type.Union([Type.Literal('aantal'), Type.Literal('dagen'), Type.Literal('procent')]),
  decimals: Type.Integer(),
  description: Type.String(),
});

export const TableMetaSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  theme: Theme,
  summary: Type.String(),
  definition: Type.String({ description: 'its section (anchor) in docs/definitions.md' }),
  dimensions: Type.Array(DimensionSchema),
  measures: Type.Array(MeasureSchema),
  sources: Type.Array(Type.String()),
  licence: Licence,
  attribution: Type.String(),
  release: Type.String(),
  rows: Type.Integer(),
  links: Type.Object({
    ...tableLinks,
    definition: Type.String({
      description: 'its definition as a page of the portal: /cijfers/definities#<anchor>',
    }),
  }),
});

const Observation = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Null()]), {
  description:
    'one cell: per dimension its code, per measure its value (null when not published) and `<measure>__status` (published, suppressed: below the minimum count, CBS "x"; not-applicable, CBS ".")',
});

export const Observations = Type.Object({
  table: Type.String(),
  release: Type.String(),
  total: Type.Integer({ description: 'rows that match the filters, on all pages' }),
  limit: Type.Integer(),
  offset: Type.Integer(),
  next: Type.Union([Type.String(), Type.Null()], { description: 'the next page; null on the last' }),
  observations: Type.Array(Observation),
});

const Codes = Type.Union([Type.String({ maxLength: 4000 }), Type.Array(Type.String({ maxLength: 4000 }))]);
const PageSize = (description: string) => Type.Integer({ minimum: 1, maximum: MAX_PAGE, description });
const Offset = (description: string) => Type.Integer({ minimum: 0, maximum: MAX_OFFSET, description });

/**
 * The page parameters are checked before the schema (`pageParameters`), by
 * the name the client used: TypeBox's conversion would quietly cut 1.5 to
 * 1, and cannot convert names that start with `$`. Dimension filters are
 * the parameters besides these, checked against the table by `parseQuery`
 * (opendata-query.ts).
 */
export const ObservationsQuery = Type.Object(
  {
    measures: Type.Optional(Codes),
    limit: Type.Optional(PageSize(`rows per page, at most ${MAX_PAGE}; default ${DEFAULT_PAGE}`)),
    offset: Type.Optional(Offset('rows to skip; default 0')),
    $top: Type.Optional(PageSize('OData name of limit')),
    $skip: Type.Optional(Offset('OData name of offset')),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
  },
  {
    additionalProperties: true,
    description:
      'Any other parameter filters on a dimension: `<dimension>=<code>[,<code>…]` (e.g. `jaar=2023,2024&regio=T`); a dimension without a filter gives every code, its total T included.',
  },
);

export const TableParams = Type.Object({ id: Type.String({ pattern: TABLE_ID.source }) });

export const problems = { 400: Type.Ref('Problem'), 404: Type.Ref('Problem') };
export const NotModified = Type.Null({
  description: 'Not Modified: the ETag in If-None-Match is still current',
});

export const ObservationsCsv = Type.String({
  description:
    'a header row with the column ids, then one row per observation; a value not published is empty, its status says why',
});

export const ParquetFile = Type.String({ format: 'binary' });

const HeadlinePoint = Type.Object({
  period: Type.String({ description: 'the code of the period (year or cohort)' }),
  title: Type.String(),
  value: Type.Union([Type.Number(), Type.Null()], { description: 'null when not published' }),
  status: Type.Union([Type.Literal('published'), Type.Literal('suppressed'), Type.Literal('not-applicable')]),
});

const Headline = Type.Object({
  key: Theme,
  table: Type.Union([Type.String(), Type.Null()], {
    description: 'the table the figure comes from; null when the release has no such table or measure',
  }),
  measure: Type.Union([MeasureSchema, Type.Null()]),
  time: Type.String({ description: 'the dimension the periods are codes of: jaar, or cohort' }),
  points: Type.Array(HeadlinePoint, {
    description:
      'per period, oldest first, the cell at the headline’s fixed codes and the total of every other dimension',
  }),
});

export const Overview = Type.Object({
  catalogue: Catalogue,
  headlines: Type.Array(Headline, {
    description: 'per theme its headline figure over every period, in the order of the dashboard',
  }),
});
