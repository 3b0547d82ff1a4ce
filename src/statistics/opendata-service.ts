/**
 * What the open-data routes answer, apart from HTTP: the release in use and
 * its tables (404 when there is none), the catalogue and a table's metadata
 * with their links, and a page of observations: its ETag first (so a
 * conditional request costs no rendering), then its body, kept for the next
 * asker of the same page.
 */
import { NotFoundError } from '../platform/errors.ts';
import { API_PREFIX } from '../platform/server.ts';
import { ANSWER_CACHE_BYTES, type Answer, etagOf, recentAnswers } from './opendata-cache.ts';
import type { LoadedTable, OpenDataStore, Release } from './opendata-model.ts';
import { HEADLINES, type Headline, headlineOf, headlineTable } from './opendata-overview.ts';
import { canonicalSearch, parseQuery, wantsCsv } from './opendata-query.ts';
import { renderCsv, renderJson } from './opendata-render.ts';
import { ATTRIBUTION, LICENCE } from './opendata-schemas.ts';
import { selectRows } from './opendata-select.ts';

export const OPEN_DATA_PREFIX = `${API_PREFIX}/open-data`;

/** Where the portal serves docs/definitions.md, one section per figure (`#<anchor>`). */
export const DEFINITIONS_PAGE = '/cijfers/definities';

/** A table's definition anchor; releases built before the anchor stood alone held `docs/definitions.md#<anchor>`. */
const anchorOf = (definition: string) => definition.slice(definition.lastIndexOf('#') + 1);

/** A page of observations: known by its ETag before its body is made. */
export interface ObservationsPage {
  etag: string;
  csv: boolean;
  answer(): Answer;
}

export function openDataService(store: OpenDataStore, definitions: string) {
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

  const catalogue = () => {
    const current = store.current();
    return {
      etag: etagOf('catalogue', current?.catalogSha256 ?? 'none'),
      body: () => ({
        release: current?.catalog.release ?? null,
        builtFrom: current?.catalog.builtFrom ?? null,
        // A demo release built before releases said so is known by its name (loadDemoStatistics).
        synthetic: current ? (current.catalog.synthetic ?? current.catalog.release === 'demo') : false,
        licence: LICENCE,
        attribution: ATTRIBUTION,
        tables: (current?.catalog.tables ?? []).map((t) => ({ ...t, links: linksOf(t.id) })),
      }),
    };
  };

  const overviews = new Map<
    string,
    { catalogue: ReturnType<ReturnType<typeof catalogue>['body']>; headlines: Headline[] }
  >();

  return {
    catalogue,

    async tableMeta(id: string) {
      const { table: t } = await table(id);
      return {
        etag: etagOf('meta', t.metaSha256, definitions),
        body: () => ({
          ...t.meta,
          licence: LICENCE,
          links: { ...linksOf(t.meta.id), definition: `${definitions}#${anchorOf(t.meta.definition)}` },
        }),
      };
    },

    async observations(
      id: string,
      query: Record<string, unknown>,
      accept: string | undefined,
    ): Promise<ObservationsPage> {
      const { release: r, table: t } = await table(id);
      const parsed = parseQuery(t, query);
      const csv = wantsCsv(query.format as string | undefined, accept);
      const page = { limit: String(parsed.limit), offset: String(parsed.offset) };
      // CSV asked for by format=csv keeps it in the next page's link; asked for by Accept, it does not.
      const representation = csv ? (query.format === 'csv' ? 'csv' : 'csv-by-accept') : 'json';
      const etag = etagOf(
        'observations',
        r.catalog.release,
        t.parquetSha256,
        representation,
        canonicalSearch(t, parsed, page),
      );
      const answer = (): Answer => {
        const kept = answers.recall(etag);
        if (kept) return kept;
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
        const range = parsed.offset > 0 || next ? `-${parsed.offset + 1}-${parsed.offset + rows.length}` : '';
        const head = {
          table: t.meta.id,
          release: r.catalog.release,
          total: hits.length,
          limit: parsed.limit,
          offset: parsed.offset,
          next,
        };
        const made: Answer = {
          next,
          filename: `${t.meta.id}${range}.csv`,
          body: Buffer.from(
            csv
              ? renderCsv(t, rows, parsed.measures)
              : `${JSON.stringify(head).slice(0, -1)},"observations":[${renderJson(t, rows, parsed.measures)}]}`,
          ),
        };
        answers.remember(etag, made);
        return made;
      };
      return { etag, csv, answer };
    },

    /** The catalogue and every theme's headline figure: the dashboard's first screen in one answer. */
    async overview() {
      const listing = catalogue();
      const current = store.current();
      const headlines = await Promise.all(
        HEADLINES.map(async (spec) => {
          const id = current ? headlineTable(current, spec) : undefined;
          return { spec, table: id === undefined ? undefined : await current?.table(id) };
        }),
      );
      const etag = etagOf(
        'overview',
        listing.etag,
        // What the headlines count is part of the answer too.
        JSON.stringify(HEADLINES),
        ...headlines.map(({ table: t }) => `${t?.metaSha256 ?? '-'}:${t?.parquetSha256 ?? '-'}`),
      );
      return {
        etag,
        body: () => {
          const kept = overviews.get(etag);
          if (kept) return kept;
          const made = {
            catalogue: listing.body(),
            headlines: headlines.map(({ spec, table: t }) => headlineOf(spec, t)),
          };
          // One answer per release: the last one made is all that is asked for.
          overviews.clear();
          overviews.set(etag, made);
          return made;
        },
      };
    },

    async parquet(id: string) {
      const { table: t } = await table(id);
      return { etag: `"${t.parquetSha256}"`, table: t };
    },
  };
}

export type OpenDataService = ReturnType<typeof openDataService>;
