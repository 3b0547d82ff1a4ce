/**
 * GET /api/v1/open-data/...: the Data Alliantie Strafrechtketen's published
 * tables as open data, in the manner of CBS StatLine, without login: a
 * catalogue, each table's metadata (dimensions with their codes, measures,
 * definition, sources, licence), its observations filtered on dimension
 * codes in pages of at most 10,000 rows as JSON or CSV, the whole table as
 * Parquet, and the dashboard's first screen in one answer (the catalogue and
 * each theme's headline figure, opendata-overview.ts). Every answer carries
 * an ETag (from the SHA-256 of the files it comes from, and the query) and
 * may be cached publicly for five minutes.
 *
 * The routes only: the query is read in opendata-query.ts, answered in
 * opendata-service.ts, written in opendata-render.ts, cached in
 * opendata-cache.ts.
 */
import fs from 'node:fs';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App } from '../platform/server.ts';
import { cached } from './opendata-cache.ts';
import { MAX_PAGE, pageParameters } from './opendata-query.ts';
import {
  Catalogue,
  NotModified,
  Observations,
  ObservationsCsv,
  ObservationsQuery,
  Overview,
  PARQUET_TYPE,
  ParquetFile,
  problems,
  TableMetaSchema,
  TableParams,
} from './opendata-schemas.ts';
import { DEFINITIONS_PAGE, OPEN_DATA_PREFIX, openDataService } from './opendata-service.ts';
import { openDataStore } from './opendata-store.ts';

export interface OpenDataRoutesOptions {
  /** The folder of the release to serve; undefined while nothing is published. */
  releaseDir: () => string | undefined;
  /** Where docs/definitions.md is read (default: the portal's page of it); a table's definition is `<definitionsUrl>#<anchor>`. */
  definitionsUrl?: string;
}

export async function openDataRoutes(app: App, options: OpenDataRoutesOptions): Promise<void> {
  const store = openDataStore({
    releaseDir: options.releaseDir,
    log: (message, details) => app.log.info(details ?? {}, message),
  });
  app.addHook('onClose', async () => store.close());
  const service = openDataService(store, options.definitionsUrl ?? DEFINITIONS_PAGE);

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
        const catalogue = service.catalogue();
        if (cached(request, reply, catalogue.etag)) return reply;
        return catalogue.body();
      },
    );

    scope.get(
      `${OPEN_DATA_PREFIX}/overview`,
      {
        schema: {
          tags,
          summary:
            'The catalogue and every theme’s headline figure over all periods in one answer: the public dashboard’s first screen',
          response: { 200: Overview, 304: NotModified },
        },
      },
      async (request, reply) => {
        const overview = await service.overview();
        if (cached(request, reply, overview.etag)) return reply;
        return overview.body();
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
        const meta = await service.tableMeta(request.params.id);
        if (cached(request, reply, meta.etag)) return reply;
        return meta.body();
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
                'text/csv': { schema: ObservationsCsv },
              },
            },
            304: NotModified,
            ...problems,
          },
        },
      },
      async (request, reply) => {
        const page = await service.observations(
          request.params.id,
          request.query as Record<string, unknown>,
          request.headers.accept,
        );
        const csv = page.csv;
        reply.header('Vary', 'Accept');
        if (cached(request, reply, page.etag)) return reply;
        const answer = page.answer();
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
              content: { [PARQUET_TYPE]: { schema: ParquetFile } },
            },
            304: NotModified,
            ...problems,
          },
        },
      },
      async (request, reply) => {
        const { etag, table: t } = await service.parquet(request.params.id);
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
