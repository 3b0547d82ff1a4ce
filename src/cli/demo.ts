/**
 * Demo data for `npm start`: on an empty store, the demo preset of the
 * simulator is ingested through the normal ingest path, and one API token per
 * source system is created and written to a file beside the store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { createApiToken, createUser, hashPassword, type Role } from '../access/index.ts';
import { countEvents, SOURCES } from '../events/index.ts';
import { confirmReviewsExceptNewest, insertRegistrations } from '../notifications/index.ts';
import { ingestIndependently } from '../pipeline.ts';
import { todayInNetherlands } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { keyFile } from '../platform/secrets.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { DEFAULT_ERROR_RATE, PRESETS, type SimulationOptions, simulate } from '../simulation/index.ts';
import { buildRelease, currentRelease } from '../statistics/index.ts';
import { demoParticipation, demoStandIns } from './demo-participation.ts';
import { runSimulate } from './simulate.ts';

/** The demo: the simulator's demo preset with a fixed seed, so every newcomer sees the same chain. */
export const DEMO_OPTIONS = { preset: 'demo', seed: 1 } as const;

/**
 * The demo's events for the Berichtenbox and Injus: the demo preset's three years, ending
 * yesterday instead of on the preset's fixed date. Its notices are received when their
 * events happened and the retention keeps six months after a release, so a fixed period
 * would leave the boxes empty a few months after it ends; ending at the first start keeps
 * a recent set and upcoming releases whenever a newcomer starts. The same seed on the same
 * day gives the same chain. (The statistics keep the preset's fixed years: a published
 * release describes complete past years.)
 */
export function demoEventOptions(today: string): SimulationOptions {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  // 29 February three years back does not exist; the period then starts on 1 March.
  const from = new Date(Date.UTC(year - PRESETS.demo.years, month - 1, day)).toISOString().slice(0, 10);
  return { ...DEMO_OPTIONS, from };
}

export interface DemoResult {
  loaded: boolean;
  summary: string;
  tokensFile: string;
  users: string[];
  password: string;
}

/** How many BIJ notices the demo leaves for the operator to confirm. */
export const DEMO_REVIEWS_LEFT = 25;

/** The demo's password for every demo user (documented in the README; demo only). */
export const DEMO_PASSWORD = 'ketenzicht-demo';

/** One demo user per role. */
export const DEMO_USERS: readonly {
  username: string;
  displayName: string;
  organisation: string;
  roles: Role[];
}[] = [
  {
    username: 'raadpleger',
    displayName: 'Rianne Raadpleger (Reclassering)',
    organisation: '3RO',
    roles: ['consultation'],
  },
  {
    username: 'bij.amsterdam',
    displayName: 'Bart BIJ (Gemeente Amsterdam)',
    organisation: 'GM0363',
    roles: ['bij-officer'],
  },
  {
    username: 'nazorg.rotterdam',
    displayName: 'Nadia Nazorg (Gemeente Rotterdam)',
    organisation: 'GM0599',
    roles: ['reintegration-officer'],
  },
  {
    username: 'slachtofferloket',
    displayName: 'Sanne Slachtofferloket (CJIB)',
    organisation: 'CJIB-IDV',
    roles: ['victim-desk-officer'],
  },
  {
    username: 'operator',
    displayName: 'Otto Operator (Justid)',
    organisation: 'JUSTID',
    roles: ['justid-operator'],
  },
  {
    username: 'beheerder',
    displayName: 'Bea Beheerder (Justid)',
    organisation: 'JUSTID',
    roles: ['administrator'],
  },
];

export async function loadDemo(
  db: Db,
  catalog: ReferenceCatalog,
  dataDir: string,
  log: Logger,
  today: string = todayInNetherlands(),
): Promise<DemoResult> {
  const tokensFile = path.join(dataDir, 'demo-tokens.json');
  const users = DEMO_USERS.map((u) => u.username);
  if ((await countEvents(db)).total > 0)
    return { loaded: false, summary: '', tokensFile, users, password: DEMO_PASSWORD };

  // Users and participation first: the routing sends a notice for a municipality that does not
  // take part, or whose box has no active user, to the operators (demo-participation.ts).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created = new Map<string, number>();
  for (const user of DEMO_USERS)
    created.set(user.username, (await createUser(db, { ...user, passwordHash })).id);
  for (const standIn of demoStandIns(catalog, today, DEMO_USERS)) await createUser(db, standIn);
  await insertRegistrations(db, demoParticipation(catalog, today), { userId: null, username: 'demo' });

  const started = performance.now();
  const counts = { accepted: 0, duplicate: 0, rejected: 0 };
  for (const batch of simulate(demoEventOptions(today), catalog).batches()) {
    // The demo replays three years of history: each notice is received when its event happened.
    for (const outcome of await ingestIndependently(db, batch, { catalog, noticesReceived: 'event' }))
      counts[outcome.status]++;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log.info({ ...counts, seconds }, 'demo data loaded');

  const tokens: Record<string, string> = {};
  for (const source of SOURCES) tokens[source] = (await createApiToken(db, source, 'demo')).token;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(tokensFile, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
  // Justid has confirmed the older BIJ notices, and all of the demo BIJ officer's municipality, so the mayors' boxes
  // hold some and the operator's desk still has work.
  const operator = DEMO_USERS.find((u) => u.roles.includes('justid-operator'));
  if (operator)
    await confirmReviewsExceptNewest(
      db,
      DEMO_REVIEWS_LEFT,
      {
        userId: created.get(operator.username) ?? null,
        username: operator.username,
        organisation: operator.organisation,
      },
      // The demo's BIJ officers' own boxes get every notice: the newest are the ones retention keeps.
      DEMO_USERS.filter((u) => u.roles.includes('bij-officer')).map((u) => u.organisation),
    );
  return {
    users,
    password: DEMO_PASSWORD,
    loaded: true,
    summary: `${counts.accepted} events (${counts.duplicate} duplicate deliveries${counts.rejected ? `, ${counts.rejected} rejected` : ''}) in ${seconds} s`,
    tokensFile,
  };
}

/**
 * The demo's statistics: on the first start, the demo simulation with its
 * chain partners' deliveries, built into a DAS release, so the public
 * dashboard (/cijfers) has figures. Uses DAS_PSEUDONYM_KEY, or a key file in
 * the data folder (demo only).
 */
export async function loadDemoStatistics(
  config: { dataDir: string; dasDir: string; dasPseudonymKey: string | undefined },
  catalog: ReferenceCatalog,
  log: Logger,
): Promise<{ built: boolean; release?: string }> {
  if (currentRelease(config.dasDir)) return { built: false };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-demo-das-'));
  try {
    const started = performance.now();
    const events = path.join(work, 'events.jsonl');
    const deliveries = path.join(work, 'deliveries');
    await runSimulate({ ...DEMO_OPTIONS, errorRate: DEFAULT_ERROR_RATE, out: events, chain: deliveries });
    const result = await buildRelease({
      deliveries,
      events,
      key: config.dasPseudonymKey ?? keyFile(config.dataDir, 'das-pseudonym.key'),
      release: 'demo',
      synthetic: true,
      out: config.dasDir,
      catalog,
    });
    if (!result.ok)
      throw new Error(`the demo's deliveries were rejected: ${JSON.stringify(result.report.counts)}`);
    log.info({ seconds: ((performance.now() - started) / 1000).toFixed(1) }, 'demo statistics published');
    return { built: true, release: result.release };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
