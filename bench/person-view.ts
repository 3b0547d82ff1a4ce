/**
 * The person view and search under concurrent load, with the processing log
 * on, against PostgreSQL holding a simulated chain; plus the ingest
 * throughput of that chain (SKDB and detention events, with the state
 * machine). The service runs in its own process (`ketenzicht serve`), the
 * load comes from this one (autocannon).
 *
 *   node bench/person-view.ts [--preset national-decade|national-year|demo] [--rate 3000[,400…]] [--seconds 20]
 *     [--workers N] [--pgbench SECONDS] [--profile] [--record]
 *
 * Each rate in --rate is a separate run of both endpoints: a rate above what
 * the service can do shows its saturation throughput, a lower one its latency
 * when it keeps up. --workers starts `serve --workers N`; --pgbench runs
 * pgbench TPC-B on the same server first, the reference the goal is a ratio
 * to; --profile samples what the service's connections do and, when the
 * server loads pg_stat_statements, the statements per request (pg-profile.ts).
 *
 * PostgreSQL: BENCH_DATABASE_URL (a server whose database we may create), or
 * a throwaway server started with .ci/pg.sh.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../src/platform/db.ts';
import type { PresetName } from '../src/simulation/index.ts';
import { benchLogin, loadConsultationStore, startBenchService } from './consultation-store.ts';
import { describeMachine, recordSection, today } from './machine.ts';
import { sampleActivity, statementsTracked, topStatements } from './pg-profile.ts';
import { benchPostgres, pgbenchTps } from './postgres.ts';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'national-decade' },
    rate: { type: 'string', default: '3000' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '32' },
    record: { type: 'boolean', default: false },
    workers: { type: 'string' },
    pgbench: { type: 'string', default: '0' },
    profile: { type: 'boolean', default: false },
  },
});
const ROOT = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-bench-view-'));
const PORT = 3917;

interface Measured {
  name: string;
  rate: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
  profile?: string[];
}

async function measure(
  name: string,
  rate: number,
  headers: Record<string, string>,
  request: () => { method: 'GET' | 'POST'; path: string; body?: string },
): Promise<Measured> {
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: Number(values.connections),
    duration: Number(values.seconds),
    overallRate: rate,
    headers,
    requests: [{ setupRequest: (req) => ({ ...req, ...request() }) }],
  });
  return {
    name,
    rate,
    rps: result.requests.average,
    p50: result.latency.p50,
    p95:
      (result.latency as unknown as Record<string, number>).p97_5 !== undefined
        ? percentile95(result)
        : result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/** autocannon reports p90, p97.5 and p99; p95 is read off its histogram when present, else interpolated. */
function percentile95(result: autocannon.Result): number {
  const l = result.latency as unknown as Record<string, number>;
  return l.p95 ?? (l.p90 ?? 0) + ((l.p97_5 ?? 0) - (l.p90 ?? 0)) * (5 / 7.5);
}

async function main(): Promise<void> {
  const pgServer = benchPostgres(work);
  const dbName = `kz_bench_view_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgServer.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(pgServer.url);
  url.pathname = `/${dbName}`;
  let service: ChildProcess | undefined;
  try {
    process.stderr.write(`loading ${values.preset} into PostgreSQL…\n`);
    const loaded = await loadConsultationStore(
      await openDatabase({ databaseUrl: url.toString() }),
      values.preset as PresetName,
      {
        progress: (events) => process.stderr.write(`  ingested ${events} events\n`),
      },
    );
    const reference =
      Number(values.pgbench) > 0
        ? await pgbenchTps(pgServer.url, { seconds: Number(values.pgbench) })
        : undefined;
    service = await startBenchService(
      PORT,
      {
        DATABASE_URL: url.toString(),
        // Beside, not around, the throwaway PostgreSQL's folder: serve makes its data folder its own (0700).
        KETENZICHT_DATA_DIR: path.join(work, 'service'),
      },
      values.workers ? ['--workers', values.workers] : [],
    );
    const headers = await benchLogin(PORT);
    const tracked = values.profile && (await statementsTracked(url.toString()));
    let i = 0;
    const pick = () => loaded.skns[i++ % loaded.skns.length] as string;
    const results: Measured[] = [];
    const run = async (name: string, rate: number) => {
      if (tracked) await statementsTracked(url.toString());
      const sampler = values.profile ? sampleActivity(pgServer.url, dbName) : undefined;
      const m = await measure(name, rate, headers, () => ({
        method: 'POST',
        path: name.split(' ')[1] as string,
        body: JSON.stringify({ skn: pick() }),
      }));
      if (sampler) {
        const activity = await sampler.stop();
        m.profile = [
          `${name} at ${rate}/s: ${activity.connections.toFixed(1)} service connections open on average; share of connection-samples (${activity.samples} samples):`,
          ...Object.entries(activity.shares).map(
            ([state, share]) => `  ${(share * 100).toFixed(1)} %  ${state}`,
          ),
        ];
        if (tracked)
          m.profile.push(
            `statements per request (calls / ${m.total} requests, mean ms):`,
            ...(await topStatements(url.toString(), dbName)).map(
              (st) =>
                `  ${(st.calls / Math.max(m.total, 1)).toFixed(2)}  ${st.meanMs.toFixed(2)} ms  ${st.query}`,
            ),
          );
        process.stderr.write(`${m.profile.join('\n')}\n`);
      }
      results.push(m);
    };
    for (const rate of values.rate.split(',').map(Number)) {
      await run('POST /api/v1/personen/raadplegen', rate);
      await run('POST /api/v1/personen/zoeken', rate);
    }
    const lines = [
      `Person view and search with the processing log on (\`node bench/person-view.ts --preset ${values.preset} --rate ${values.rate} --seconds ${values.seconds} --connections ${values.connections}\`), ${today()}, ${describeMachine()}; PostgreSQL 15 on the same machine (${reference ? `fsync ${reference.fsync}, synchronous_commit ${reference.synchronousCommit}` : 'fsync off unless BENCH_DATABASE_URL says otherwise'}), service and load generator (autocannon) in separate processes on the same two cores.`,
      '',
      `Loading the simulation (${loaded.events} events: SKDB and detention, with the detention state machine) through ingest: ${loaded.seconds.toFixed(0)} s, ${Math.round(loaded.events / loaded.seconds)} events/s.`,
      '',
      '| endpoint | target rate | achieved req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...results.map(
        (m) =>
          `| ${m.name} | ${m.rate} | ${Math.round(m.rps)} | ${m.p50} | ${m.p95.toFixed(1)} | ${m.p99} | ${m.errors} | ${m.non2xx} |`,
      ),
    ];
    if (reference)
      lines.push(
        '',
        `pgbench TPC-B on the same server, same run (${reference.clients} clients, ${reference.seconds} s, fsync ${reference.fsync}, synchronous_commit ${reference.synchronousCommit}): ${Math.round(reference.tps)} tps; person views / pgbench tps: ${results
          .filter((m) => m.name.endsWith('raadplegen'))
          .map((m) => (m.rps / reference.tps).toFixed(2))
          .join(', ')}.`,
      );
    if (values.workers) lines.push('', `Service: \`serve --workers ${values.workers}\`.`);
    for (const m of results) if (m.profile) lines.push('', '```', ...m.profile, '```');
    const table = lines.join('\n');
    console.log(table);
    if (values.record)
      recordSection(
        path.join(ROOT, 'bench/RESULTS.md'),
        `person-view-${values.preset}`,
        `## Person view (Injus), ${values.preset}\n\n${table}`,
      );
  } finally {
    service?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    pgServer.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
