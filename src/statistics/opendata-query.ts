/**
 * Reading an observations query: the page parameters (limit/offset or
 * $top/$skip), the dimension filters and measures checked against the table
 * (every problem a field error), the representation asked for, and the query
 * written out in one way for the ETag and the next page's link.
 */
import type { FastifyRequest } from 'fastify';
import { type FieldError, ValidationError } from '../platform/errors.ts';
import type { LoadedTable } from './opendata-model.ts';

export const MAX_PAGE = 10_000;
export const DEFAULT_PAGE = 1_000;
export const MAX_OFFSET = 1_000_000_000;

const PAGE_PARAMETERS = [
  { name: 'limit', alias: '$top', min: 1, max: MAX_PAGE },
  { name: 'offset', alias: '$skip', min: 0, max: MAX_OFFSET },
] as const;

/** Checks limit/offset (or $top/$skip) as whole numbers in range, and leaves them as limit/offset. */
export async function pageParameters(request: FastifyRequest): Promise<void> {
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
export function wantsCsv(format: string | undefined, accept: string | undefined): boolean {
  if (format) return format === 'csv';
  if (!accept) return false;
  return mediaQuality(accept, 'text/csv') > mediaQuality(accept, 'application/json');
}

const codesOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((c) => c.trim());

export interface ParsedQuery {
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
export function parseQuery(table: LoadedTable, query: Record<string, unknown>): ParsedQuery {
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
export function canonicalSearch(
  table: LoadedTable,
  parsed: ParsedQuery,
  extra: Record<string, string>,
): string {
  const params = new URLSearchParams();
  for (const [d, codes] of [...parsed.filters].sort((a, b) => a[0] - b[0])) {
    const dimension = table.dimensions[d];
    if (dimension) params.set(dimension.meta.id, codes.map((c) => dimension.codes[c]).join(','));
  }
  params.set('measures', parsed.measures.map((m) => table.measures[m]?.meta.id).join(','));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString().replaceAll('%2C', ',');
}
