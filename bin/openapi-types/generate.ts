/**
 * The portal's API types, generated from the service's OpenAPI document so the
 * two cannot drift apart: `npm run gen:api` writes web/src/api/schema.d.ts,
 * and test/openapi-types.test.ts fails while the checked-in file is stale.
 *
 * The document is the one the service serves at /api/v1/openapi.json, built
 * from the same route registrations (src/app.ts) without a server or a
 * database: the routes are registered over a database that is never queried,
 * and with an OIDC provider that is never called, so its routes are in too.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Db } from '../../src/platform/db.ts';
import { defaultReferenceCatalog } from '../../src/reference/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the portal finds its API types. */
export const SCHEMA_FILE = path.join(ROOT, 'web', 'src', 'api', 'schema.d.ts');

export const REGENERATE = 'npm run gen:api';

const HEADER = `/**
 * The API's types, generated from the service's OpenAPI document by
 * bin/openapi-types/generate.ts. Do not edit: run \`${REGENERATE}\`.
 */

`;

/** A database that refuses every query: registering routes must not need one. */
function unusedDatabase(): Db {
  return new Kysely({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  }) as Db;
}

/** The service's OpenAPI document, as served at /api/v1/openapi.json. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const config = loadConfig({
    // Placeholders that only make the OIDC routes part of the document; nothing is called.
    OIDC_ISSUER: 'https://idp.example',
    OIDC_CLIENT_ID: 'ketenzicht',
    OIDC_CLIENT_SECRET: 'placeholder-secret-0123456789',
    OIDC_REDIRECT_URI: 'https://ketenzicht.example/api/v1/oidc/callback',
  });
  const app = await buildApp({
    config: {
      ...config,
      pseudonymKey: 'openapi-placeholder-key-0123456789abcdef',
      auditKey: 'openapi-placeholder-audit-0123456789abcdef',
    },
    db: unusedDatabase(),
    catalog: defaultReferenceCatalog(),
    logger: false,
  });
  try {
    await app.ready();
    // A JSON round trip drops what the document object holds beyond JSON (as the served document does).
    return JSON.parse(JSON.stringify(app.swagger())) as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** The text of web/src/api/schema.d.ts for the current routes. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { alphabetize: true, silent: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_FILE, await generateApiTypes());
  console.log(`wrote ${path.relative(ROOT, SCHEMA_FILE)}`);
}
