/**
 * Bulk ingest throughput through the real file-ingest path, on PGlite
 * (file-backed, as `npm start` uses it) and on PostgreSQL:
 * - `--kind skdb` (default): SKDB events (person-registered and
 *   address-registered) only;
 * - `--kind chain`: the simulated national year (persons, addresses,
 *   detention with the state machine, victims, and the notification rules).
 *
 *   node bench/ingest.ts [--kind skdb|chain] [--events N] [--backend pglite|postgres|both] [--pgbench SECONDS] [--batch N] [--record]
 *   node bench/ingest.ts --events N --write-only FILE    (just write the SKDB events)
 *
 * PostgreSQL: BENCH_DATABASE_URL, or a throwaway server started with .ci/pg.sh. On
 * PostgreSQL, pgbench's TPC-B (8 clients) runs on the same server just before and just after
 * the ingest (`--pgbench 0` skips it): on a shared machine the ratio to it is the figure that holds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { completeBsn, sknFromSerial } from '../src/identity/index.ts';
import { DEFAULT_BATCH_SIZE } from '../src/ingest/file.ts';
import { ingestStream } from '../src/pipeline.ts';
import { openDatabase } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { simulate, writeSimulation } from '../src/simulation/index.ts';
import { describeMachine, recordSection, today } from './machine.ts';
import { benchPostgres, type PgbenchResult, pgbenchTps } from './postgres.ts';

const { values } = parseArgs({
  options: {
    kind: { type: 'string', default: 'skdb' },
    events: { type: 'string', default: '100000' },
    backend: { type: 'string', default: 'both' },
    record: { type: 'boolean', default: false },
    'write-only': { type: 'string' },
    pgbench: { type: 'string', default: '20' },
    batch: { type: 'string' },
  },
});
const total = Number(values.events);
const batchSize = values.batch ? Number(values.batch) : DEFAULT_BATCH_SIZE;
const ROOT = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-bench-'));

const SURNAMES = [
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Bos',
];
const GIVEN_NAMES = [
  'Anna',
  'Bram',
  'Daan',
  'Emma',
  'Fenna',
  'Gijs',
  'Hugo',
  'Iris',
  'Jesse',
  'Kees',
  'Lotte',
  'Mila',
  'Noah',
  'Olaf',
  'Pien',
  'Ruben',
  'Sanne',
  'Thijs',
  'Vera',
  'Wout',
];

function writeEvents(file: string, count: number): void {
  const out = fs.openSync(file, 'w');
  const municipalities = defaultReferenceCatalog().municipalitiesOn('2026-01-01');
  let lines: string[] = [];
  for (let i = 0; i < count / 2; i++) {
    const skn = sknFromSerial(2_000_000 + i);
    const bsn = completeBsn(String(20_000_000 + i * 11)) ?? undefined;
    const m = municipalities[i % municipalities.length];
    lines.push(
      JSON.stringify({
        eventId: `bench-p-${i}`,
        source: 'SKDB',
        type: 'person-registered',
        occurredAt: '2026-01-05T09:00:00+01:00',
        skn,
        ...(bsn ? { bsn } : {}),
        surname: `${SURNAMES[i % SURNAMES.length]}${Math.floor(i / SURNAMES.length) % 100}`,
        givenNames: GIVEN_NAMES[(i * 7) % GIVEN_NAMES.length],
        // Birth dates spread over sixty years, as in the real registry (about 22,000 different dates).
        birthDate: new Date(Date.UTC(1950, 0, 1) + ((i * 7919) % 22_000) * 86_400_000)
          .toISOString()
          .slice(0, 10),
        gender: i % 2 ? 'M' : 'V',
      }),
      JSON.stringify({
        eventId: `bench-a-${i}`,
        source: 'SKDB',
        type: 'address-registered',
        occurredAt: '2026-01-05T09:00:00+01:00',
        skn,
        validFrom: '2020-01-01',
        municipalityCode: m?.code ?? 'GM0363',
        street: 'Dorpsstraat',
        houseNumber: String(1 + (i % 300)),
        postalCode: `${1000 + (i % 8999)}AB`,
        city: m?.name ?? 'Amsterdam',
      }),
    );
    if (lines.length >= 10_000) {
      fs.writeSync(out, `${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length) fs.writeSync(out, `${lines.join('\n')}\n`);
  fs.closeSync(out);
}

interface Result {
  backend: string;
  events: number;
  seconds: number;
  rate: number;
  rssMb: number;
  /** pgbench just before and just after the ingest. */
  pgbench?: [PgbenchResult, PgbenchResult];
}

async function measure(
  backend: string,
  open: () => ReturnType<typeof openDatabase>,
  file: string,
): Promise<Result> {
  const handle = await open();
  try {
    await migrateToLatest(handle.db);
    const started = performance.now();
    const summary = await ingestStream(
      handle.db,
      fs.createReadStream(file),
      { catalog: defaultReferenceCatalog() },
      { batchSize },
    );
    const seconds = (performance.now() - started) / 1000;
    if (summary.rejected > 0 || (values.kind === 'skdb' && summary.accepted !== total))
      throw new Error(`unexpected summary ${JSON.stringify(summary)}`);
    const events = summary.accepted + summary.duplicate;
    return {
      backend,
      events,
      seconds,
      rate: events / seconds,
      rssMb: process.memoryUsage().rss / 1024 ** 2,
    };
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  if (values['write-only']) {
    writeEvents(values['write-only'], total);
    return;
  }
  const file = path.join(work, `${values.kind}.jsonl`);
  if (values.kind === 'chain') {
    const out = fs.createWriteStream(file);
    await writeSimulation(simulate({ preset: 'national-year', seed: 1 }), out);
    await new Promise((resolve) => out.end(resolve));
  } else writeEvents(file, total);
  const results: Result[] = [];
  try {
    if (values.backend !== 'postgres') {
      results.push(
        await measure(
          'PGlite (file-backed)',
          () => openDatabase({ pgliteDir: path.join(work, 'pglite') }),
          file,
        ),
      );
    }
    if (values.backend !== 'pglite') {
      const server = benchPostgres(work);
      try {
        const seconds = Number(values.pgbench);
        const before = seconds > 0 ? await pgbenchTps(server.url, { seconds }) : undefined;
        const name = `kz_bench_${process.pid}`;
        const admin = new pg.Client({ connectionString: server.url });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        const url = new URL(server.url);
        url.pathname = `/${name}`;
        const result = await measure(
          'PostgreSQL 15 (loopback)',
          () => openDatabase({ databaseUrl: url.toString() }),
          file,
        );
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        // pgbench before and after: the others on a shared machine come and go during the ingest.
        const after = before ? await pgbenchTps(server.url, { seconds }) : undefined;
        results.push(before && after ? { ...result, pgbench: [before, after] } : result);
        await admin.end();
      } finally {
        server.stop();
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const table = [
    values.kind === 'chain'
      ? `Bulk ingest of the simulated national year with detention, victims and the notification rules (\`node bench/ingest.ts --kind chain\`, file ingest, ${batchSize} events per transaction; duplicates count as events), ${today()}, ${describeMachine()}.`
      : `Bulk ingest of SKDB events (\`node bench/ingest.ts --events ${total}\`, file ingest, ${batchSize} events per transaction), ${today()}, ${describeMachine()}.`,
    '',
    '| store | events | seconds | events/s | RSS MB | pgbench TPC-B tps before / after | events/s ÷ mean tps |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => {
      const tps = r.pgbench ? (r.pgbench[0].tps + r.pgbench[1].tps) / 2 : undefined;
      return `| ${r.backend} | ${r.events} | ${r.seconds.toFixed(1)} | ${Math.round(r.rate)} | ${Math.round(r.rssMb)} | ${r.pgbench ? r.pgbench.map((p) => Math.round(p.tps)).join(' / ') : '–'} | ${tps ? (r.rate / tps).toFixed(2) : '–'} |`;
    }),
    ...results.flatMap((r) =>
      r.pgbench
        ? [
            '',
            `pgbench: \`pgbench -c ${r.pgbench[0].clients} -j 2 -T ${r.pgbench[0].seconds}\` at scale ${r.pgbench[0].scale} on the same server just before and just after the ingest; fsync ${r.pgbench[0].fsync}, synchronous_commit ${r.pgbench[0].synchronousCommit}.`,
          ]
        : [],
    ),
  ].join('\n');
  console.log(table);
  if (values.record)
    recordSection(
      path.join(ROOT, 'bench/RESULTS.md'),
      values.kind === 'chain' ? 'ingest-chain' : 'ingest',
      values.kind === 'chain'
        ? `## Ingest with the rules (a simulated year)\n\n${table}`
        : `## Ingest (SKDB events)\n\n${table}`,
    );
}

await main();
