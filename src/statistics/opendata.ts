/**
 * GET /api/v1/open-data/...: the Data Alliantie Strafrechtketen's published
 * tables as open data, in the manner of CBS StatLine, without login: a
 * catalogue, each table's metadata (dimensions with their codes, measures,
 * definition, sources, licence), its observations filtered on dimension
 * codes in pages of at most 10,000 rows as JSON or CSV, and the whole table
 * as Parquet. Every answer carries an ETag (from the SHA-256 of the files it
 * comes from, and the query) and may be cached publicly for five minutes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { type FieldError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import {
  type LoadedTable,
  openDataStore,
  type Release,
  STATUSES,
  selectRows,
  TABLE_ID,
} from './opendata-store.ts';
import { statusColumn, THEMES } from './published.ts';

export const OPEN_DATA_PREFIX = `${API_PREFIX}/open-data`;
export const MAX_PAGE = 10_000;
export const DEFAULT_PAGE = 1_000;
const MAX_OFFSET = 1_000_000_000;
const CACHE_CONTROL = 'public, max-age=300';
/** Part of every ETag: a change to how answers are written makes every cached copy stale. */
const ANSWER_VERSION = '1';

export const LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
} as const;
export const ATTRIBUTION = 'Data Alliantie Strafrechtketen';

export const PARQUET_TYPE = 'application/vnd.apache.parquet';

export interface OpenDataRoutesOptions {
  /** The folder of the release to serve; undefined while nothing is published. */
  releaseDir: () => string | undefined;
  /** Where docs/definitions.md is read; a table's definition is `<definitionsUrl>#<anchor>`. */
  definitionsUrl?: string;
}

// ---------------------------------------------------------------- schemas

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

const Catalogue = Type.Object({
  release: Type.Union([Type.String(), Type.Null()], { description: 'null while nothing is published' }),
  builtFrom: Type.Union([Type.String(), Type.Null()]),
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

const MeasureSchema = Type.Object({
  id: Type.String({ description: 'its value column; the status is in `<id>__status`' }),
  title: Type.String(),
  unit: Type.Union([Type.Literal('aantal'), Type.Literal('dagen'), Type.Literal('procent')]),
  decimals: Type.Integer(),
  description: Type.String(),
});

const TableMetaSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  theme: Theme,
  summary: Type.String(),
  definition: Type.String({ description: 'its anchor in docs/definitions.md' }),
  dimensions: Type.Array(DimensionSchema),
  measures: Type.Array(MeasureSchema),
  sources: Type.Array(Type.String()),
  licence: Licence,
  attribution: Type.String(),
  release: Type.String(),
  rows: Type.Integer(),
  links: Type.Object({
    ...tableLinks,
    definition: Type.String({ description: 'its definition: docs/definitions.md#<anchor>' }),
  }),
});

const Observation = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Null()]), {
  description:
    'one cell: per dimension its code, per measure its value (null when not published) and `<measure>__status` (published, suppressed: below the minimum count, CBS "x"; not-applicable, CBS ".")',
});

const Observations = Type.Object({
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
 * the parameters besides these, checked against the table in the handler.
 */
const ObservationsQuery = Type.Object(
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
const PAGE_PARAMETERS = [
  { name: 'limit', alias: '$top', min: 1, max: MAX_PAGE },
  { name: 'offset', alias: '$skip', min: 0, max: MAX_OFFSET },
] as const;

/** Checks limit/offset (or $top/$skip) as whole numbers in range, and leaves them as limit/offset. */
async function pageParameters(request: FastifyRequest): Promise<void> {
  const query = request.query as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const { name, alias, min, max } of PAGE_PARAMETERS) {
    const given = [name, alias].filter((key) => query[key] !== undefined);
    if (given.length === 2) {
      errors.push({
        field: `querystring.${alias}`,
        rule: 'alias',
        message: `give ${name} or ${alias}, not both`,
      });
      continue;
    }
    const key = given[0];
    if (key === undefined) continue;
    const value = query[key];
    const field = `querystring.${key}`;
    if (typeof value !== 'string' || !/^[0-9]{1,15}$/.test(value))
      errors.push({ field, rule: 'type', message: `${key} must be a whole number from ${min} to ${max}` });
    else if (Number(value) < min)
      errors.push({ field, rule: 'minimum', message: `${key} must be at least ${min}` });
    else if (Number(value) > max)
      errors.push({ field, rule: 'maximum', message: `${key} must be at most ${max}` });
    else {
      delete query[key];
      query[name] = Number(value);
    }
  }
  if (errors.length > 0)
    throw new ValidationError('INVALID_PAGE', errors.map((e) => e.message).join('; '), errors);
}
const RESERVED = new Set(['measures', 'limit', 'offset', '$top', '$skip', 'format']);

const TableParams = Type.Object({ id: Type.String({ pattern: TABLE_ID.source }) });

const problems = { 400: Type.Ref('Problem'), 404: Type.Ref('Problem') };
const NotModified = Type.Null({ description: 'Not Modified: the ETag in If-None-Match is still current' });

// ---------------------------------------------------------------- helpers

const hash = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('base64url').slice(0, 32);
};

/** Whether the client's If-None-Match names this ETag (weak or strong, or `*`). */
function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Sets the caching headers; true when the answer is a 304 that has been sent. */
function cached(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('ETag', etag).header('Cache-Control', CACHE_CONTROL);
  if (!matches(request, etag)) return false;
  reply.code(304).send();
  return true;
}

function mediaQuality(accept: string, type: string): number {
  const [major] = type.split('/');
  let best = -1;
  let quality = 0;
  for (const range of accept.split(',')) {
    const [media = '', ...params] = range.split(';').map((s) => s.trim().toLowerCase());
    const specificity = media === type ? 2 : media === `${major}/*` ? 1 : media === '*/*' ? 0 : -1;
    if (specificity <= best) continue;
    best = specificity;
    const q = params.find((p) => p.startsWith('q='));
    quality = q ? Number(q.slice(2)) || 0 : 1;
  }
  return quality;
}

/** CSV when asked for with `format=csv`, or by an Accept header that prefers text/csv to JSON. */
function wantsCsv(format: string | undefined, accept: string | undefined): boolean {
  if (format) return format === 'csv';
  if (!accept) return false;
  return mediaQuality(accept, 'text/csv') > mediaQuality(accept, 'application/json');
}

const codesOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((c) => c.trim());

interface ParsedQuery {
  /** Per dimension (by index), the wanted codes (by index), in the table's order. */
  filters: Map<number, number[]>;
  /** Indexes into table.measures, in the order asked for. */
  measures: number[];
  limit: number;
  offset: number;
}

const listed = (items: readonly string[]) =>
  items.length > 12 ? `${items.slice(0, 12).join(', ')}, …` : items.join(', ');

/** Reads the query against the table; every problem is named as a field error. */
function parseQuery(table: LoadedTable, query: Record<string, unknown>): ParsedQuery {
  const errors: FieldError[] = [];
  const filters = new Map<number, number[]>();
  const dimensionIds = table.dimensions.map((d) => d.meta.id);
  for (const [key, value] of Object.entries(query)) {
    if (RESERVED.has(key)) continue;
    const d = dimensionIds.indexOf(key);
    const field = `querystring.${key}`;
    if (d < 0) {
      errors.push({
        field,
        rule: 'unknown-dimension',
        message: `${key} is not a dimension of table ${table.meta.id}; its dimensions are ${dimensionIds.join(', ')}`,
      });
      continue;
    }
    const dimension = table.dimensions[d];
    if (!dimension) continue;
    const wanted = new Set<number>();
    for (const code of codesOf(value)) {
      const i = dimension.index.get(code);
      if (code === '')
        errors.push({
          field,
          rule: 'empty-code',
          message: `${key} has an empty code; give codes like ${key}=T`,
        });
      else if (i === undefined)
        errors.push({
          field,
          rule: 'unknown-code',
          message: `${code} is not a code of dimension ${key}; its codes are ${listed(dimension.codes)}`,
        });
      else wanted.add(i);
    }
    filters.set(
      d,
      [...wanted].sort((a, b) => a - b),
    );
  }
  const measureIds = table.measures.map((m) => m.meta.id);
  let measures = measureIds.map((_, i) => i);
  if (query.measures !== undefined) {
    measures = [];
    for (const id of codesOf(query.measures)) {
      const i = measureIds.indexOf(id);
      if (i < 0)
        errors.push({
          field: 'querystring.measures',
          rule: 'unknown-measure',
          message: `${id === '' ? 'an empty name' : id} is not a measure of table ${table.meta.id}; its measures are ${measureIds.join(', ')}`,
        });
      else if (!measures.includes(i)) measures.push(i);
    }
  }
  if (errors.length > 0) {
    const rules = new Set(errors.map((e) => e.rule));
    const code =
      rules.size === 1 && rules.has('unknown-dimension')
        ? 'UNKNOWN_DIMENSION'
        : rules.size === 1 && rules.has('unknown-code')
          ? 'UNKNOWN_CODE'
          : rules.size === 1 && rules.has('unknown-measure')
            ? 'UNKNOWN_MEASURE'
            : 'INVALID_QUERY';
    throw new ValidationError(code, errors.map((e) => e.message).join('; '), errors);
  }
  return {
    filters,
    measures,
    limit: Number(query.limit ?? DEFAULT_PAGE),
    offset: Number(query.offset ?? 0),
  };
}

/** The query written out in one way, for the ETag and the next page's link. */
function canonicalSearch(table: LoadedTable, parsed: ParsedQuery, extra: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [d, codes] of [...parsed.filters].sort((a, b) => a[0] - b[0])) {
    const dimension = table.dimensions[d];
    if (dimension) params.set(dimension.meta.id, codes.map((c) => dimension.codes[c]).join(','));
  }
  params.set('measures', parsed.measures.map((m) => table.measures[m]?.meta.id).join(','));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString().replaceAll('%2C', ',');
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const number = (value: number) => (Number.isNaN(value) ? '' : String(value));

function renderJson(table: LoadedTable, rows: Uint32Array, measures: number[]): string {
  const dims = table.dimensions.map((d) => ({
    column: d.column,
    key: `${JSON.stringify(d.meta.id)}:`,
    codes: d.codes.map((c) => JSON.stringify(c)),
  }));
  const statuses = STATUSES.map((s) => JSON.stringify(s));
  const meas = measures.map((i) => {
    const m = table.measures[i];
    if (!m) throw new Error(`no measure ${i}`);
    return {
      values: m.values,
      status: m.status,
      key: `${JSON.stringify(m.meta.id)}:`,
      statusKey: `${JSON.stringify(statusColumn(m.meta.id))}:`,
    };
  });
  const out: string[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    let line = '{';
    for (const d of dims) line += `${d.key}${d.codes[d.column[r] as number]},`;
    for (const m of meas) {
      const v = m.values[r] as number;
      line += `${m.key}${Number.isNaN(v) ? 'null' : String(v)},${m.statusKey}${statuses[m.status[r] as number]},`;
    }
    out[i] = `${line.slice(0, -1)}}`;
  }
  return out.join(',');
}

function renderCsv(table: LoadedTable, rows: Uint32Array, measures: number[]): string {
  const meas = measures.map((i) => table.measures[i]).filter((m) => m !== undefined);
  const header = [
    ...table.dimensions.map((d) => d.meta.id),
    ...meas.flatMap((m) => [m.meta.id, statusColumn(m.meta.id)]),
  ].map(csvField);
  const dims = table.dimensions.map((d) => ({ column: d.column, codes: d.codes.map(csvField) }));
  const out: string[] = new Array(rows.length + 1);
  out[0] = header.join(',');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const cells: string[] = [];
    for (const d of dims) cells.push(d.codes[d.column[r] as number] as string);
    for (const m of meas)
      cells.push(number(m.values[r] as number), STATUSES[m.status[r] as number] as string);
    out[i + 1] = cells.join(',');
  }
  return `${out.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------- routes

/** The bytes of rendered pages kept for the next asker of the same page (dashboards ask the same). */
const ANSWER_CACHE_BYTES = 64 * 1024 * 1024;

interface Answer {
  body: Buffer;
  next: string | null;
  filename: string;
}

/** The most recently used answers by ETag, up to `maxBytes` of bodies. */
function recentAnswers(maxBytes: number) {
  const kept = new Map<string, Answer>();
  let bytes = 0;
  return {
    recall(etag: string): Answer | undefined {
      const answer = kept.get(etag);
      if (answer) {
        kept.delete(etag);
        kept.set(etag, answer);
      }
      return answer;
    },
    remember(etag: string, answer: Answer): void {
      if (answer.body.length > maxBytes / 8 || kept.has(etag)) return;
      kept.set(etag, answer);
      bytes += answer.body.length;
      for (const [oldest, old] of kept) {
        if (bytes <= maxBytes) break;
        kept.delete(oldest);
        bytes -= old.body.length;
      }
    },
  };
}

export async function openDataRoutes(app: App, options: OpenDataRoutesOptions): Promise<void> {
  const store = openDataStore({
    releaseDir: options.releaseDir,
    log: (message, details) => app.log.info(details ?? {}, message),
  });
  app.addHook('onClose', async () => store.close());
  const definitions = options.definitionsUrl ?? 'docs/definitions.md';
  const tablePath = (id: string) => `${OPEN_DATA_PREFIX}/tables/${encodeURIComponent(id)}`;
  const linksOf = (id: string) => ({
    self: tablePath(id),
    observations: `${tablePath(id)}/observations`,
    csv: `${tablePath(id)}/observations?format=csv`,
    parquet: `${tablePath(id)}/download.parquet`,
  });

  const answers = recentAnswers(ANSWER_CACHE_BYTES);

  const release = (): Release => {
    const current = store.current();
    if (!current) throw new NotFoundError('NOTHING_PUBLISHED', 'no open data has been published yet');
    return current;
  };
  const table = async (id: string): Promise<{ release: Release; table: LoadedTable }> => {
    const r = release();
    const loading = r.table(id);
    if (!loading)
      throw new NotFoundError(
        'TABLE_NOT_FOUND',
        `release ${r.catalog.release} has no table ${id}; the catalogue is at ${OPEN_DATA_PREFIX}/tables`,
      );
    return { release: r, table: await loading };
  };

  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    // Open data may be read from any site's scripts, and embedded anywhere.
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('Access-Control-Allow-Origin', '*');
      reply.header('Access-Control-Expose-Headers', 'ETag, Content-Disposition, Link');
      reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
      return payload;
    });
    const tags = ['open data'];

    scope.get(
      `${OPEN_DATA_PREFIX}/tables`,
      {
        schema: {
          tags,
          summary: 'The catalogue of open-data tables (no login); empty while nothing is published',
          response: { 200: Catalogue, 304: NotModified },
        },
      },
      async (request, reply) => {
        const current = store.current();
        const etag = `"${hash(ANSWER_VERSION, 'catalogue', current?.catalogSha256 ?? 'none')}"`;
        if (cached(request, reply, etag)) return reply;
        return {
          release: current?.catalog.release ?? null,
          builtFrom: current?.catalog.builtFrom ?? null,
          licence: LICENCE,
          attribution: ATTRIBUTION,
          tables: (current?.catalog.tables ?? []).map((t) => ({ ...t, links: linksOf(t.id) })),
        };
      },
    );

    scope.get(
      `${OPEN_DATA_PREFIX}/tables/:id`,
      {
        schema: {
          tags,
          summary: 'A table’s metadata: dimensions and their codes, measures, definition, sources, licence',
          params: TableParams,
          response: { 200: TableMetaSchema, 304: NotModified, ...problems },
        },
      },
      async (request, reply) => {
        const { table: t } = await table(request.params.id);
        const etag = `"${hash(ANSWER_VERSION, 'meta', t.metaSha256, definitions)}"`;
        if (cached(request, reply, etag)) return reply;
        return {
          ...t.meta,
          licence: LICENCE,
          links: { ...linksOf(t.meta.id), definition: `${definitions}#${t.meta.definition}` },
        };
      },
    );

    scope.get(
      `${OPEN_DATA_PREFIX}/tables/:id/observations`,
      {
        preValidation: pageParameters,
        schema: {
          tags,
          summary: `A table’s observations, filtered on dimension codes, in pages of at most ${MAX_PAGE} rows; JSON, or CSV with Accept: text/csv or format=csv`,
          params: TableParams,
          querystring: ObservationsQuery,
          response: {
            200: {
              description: 'a page of observations; the next page is in `next` and in the Link header',
              content: {
                'application/json': { schema: Observations },
                'text/csv': {
                  schema: Type.String({
                    description:
                      'a header row with the column ids, then one row per observation; a value not published is empty, its status says why',
                  }),
                },
              },
            },
            304: NotModified,
            ...problems,
          },
        },
      },
      async (request, reply) => {
        const { release: r, table: t } = await table(request.params.id);
        const query = request.query as Record<string, unknown>;
        const parsed = parseQuery(t, query);
        const csv = wantsCsv(query.format as string | undefined, request.headers.accept);
        reply.header('Vary', 'Accept');
        const page = { limit: String(parsed.limit), offset: String(parsed.offset) };
        // CSV asked for by format=csv keeps it in the next page's link; asked for by Accept, it does not.
        const representation = csv ? (query.format === 'csv' ? 'csv' : 'csv-by-accept') : 'json';
        const etag = `"${hash(ANSWER_VERSION, 'observations', r.catalog.release, t.parquetSha256, representation, canonicalSearch(t, parsed, page))}"`;
        if (cached(request, reply, etag)) return reply;

        let answer = answers.recall(etag);
        if (!answer) {
          const hits = selectRows(t, parsed.filters);
          const rows = hits.subarray(Math.min(parsed.offset, hits.length), parsed.offset + parsed.limit);
          const nextOffset = parsed.offset + parsed.limit;
          const next =
            nextOffset < hits.length
              ? `${tablePath(t.meta.id)}/observations?${canonicalSearch(t, parsed, {
                  limit: String(parsed.limit),
                  offset: String(nextOffset),
                  ...(representation === 'csv' ? { format: 'csv' } : {}),
                })}`
              : null;
          const range =
            parsed.offset > 0 || next ? `-${parsed.offset + 1}-${parsed.offset + rows.length}` : '';
          const head = {
            table: t.meta.id,
            release: r.catalog.release,
            total: hits.length,
            limit: parsed.limit,
            offset: parsed.offset,
            next,
          };
          answer = {
            next,
            filename: `${t.meta.id}${range}.csv`,
            body: Buffer.from(
              csv
                ? renderCsv(t, rows, parsed.measures)
                : `${JSON.stringify(head).slice(0, -1)},"observations":[${renderJson(t, rows, parsed.measures)}]}`,
            ),
          };
          answers.remember(etag, answer);
        }
        if (answer.next) reply.header('Link', `<${answer.next}>; rel="next"`);
        if (csv)
          reply
            .type('text/csv; charset=utf-8; header=present')
            .header('Content-Disposition', `attachment; filename="${answer.filename}"`);
        else reply.type('application/json; charset=utf-8');
        return reply.send(answer.body);
      },
    );

    scope.get(
      `${OPEN_DATA_PREFIX}/tables/:id/download.parquet`,
      {
        schema: {
          tags,
          summary: 'The whole table as one Parquet file (one row per combination of codes, totals included)',
          params: TableParams,
          response: {
            200: {
              description: 'the Parquet file as published',
              content: { [PARQUET_TYPE]: { schema: Type.String({ format: 'binary' }) } },
            },
            304: NotModified,
            ...problems,
          },
        },
      },
      async (request, reply) => {
        const { table: t } = await table(request.params.id);
        const etag = `"${t.parquetSha256}"`;
        if (cached(request, reply, etag)) return reply;
        return reply
          .type(PARQUET_TYPE)
          .header('Content-Disposition', `attachment; filename="${t.meta.id}.parquet"`)
          .header('Content-Length', String(t.parquetSize))
          .send(fs.createReadStream(t.parquetPath));
      },
    );
  });
}
