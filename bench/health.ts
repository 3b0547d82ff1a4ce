/**
 * Health probes under load on the embedded store (issue 11, finding 4): the
 * service (`ketenzicht serve`, its own process) on a file-backed PGlite
 * store holding the demo simulation, 200 connections reading person views,
 * and `/health` and `/ready` probed every 250 ms the whole run, each on a
 * new connection with a 1 s timeout (as Kubernetes probes by default).
 * Each mode is a separate run on the same store:
 *
 *   inline: PGlite on the HTTP thread (before the worker; KETENZICHT_PGLITE_MODE=inline)
 *   worker: PGlite in its worker thread (what the service does)
 *
 *   node bench/health.ts [--modes inline,worker] [--seconds 20] [--connections 200] [--record]
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openDatabase } from '../src/platform/db.ts';
import { type ProbeStats, startProbes } from '../test/helpers/probes.ts';
import { benchLogin, loadConsultationStore, startBenchService } from './consultation-store.ts';
import { describeMachine, recordSection, today } from './machine.ts';

const { values } = parseArgs({
  options: {
    modes: { type: 'string', default: 'inline,worker' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '200' },
    record: { type: 'boolean', default: false },
  },
});
const ROOT = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-bench-health-'));
const PORT = 3918;
const PROBE = { intervalMs: 250, timeoutMs: 1000 };
const REQUEST_TIMEOUT_S = 10;
const VIEW = '/api/v1/personen/raadplegen';

async function stopService(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Run {
  mode: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  timeouts: number;
  errors: number;
  non2xx: number;
  probes: ProbeStats[];
}

async function run(mode: string, skns: readonly string[]): Promise<Run> {
  process.stderr.write(`${mode}: starting the service…\n`);
  const service = await startBenchService(
    PORT,
    { DATABASE_URL: '', KETENZICHT_PGLITE_MODE: mode, KETENZICHT_DATA_DIR: work },
    ['--no-portal'],
  );
  try {
    const headers = await benchLogin(PORT);
    let i = 0;
    const probes = startProbes({
      baseUrl: `http://127.0.0.1:${PORT}`,
      paths: ['/health', '/ready'],
      ...PROBE,
    });
    process.stderr.write(`${mode}: ${values.connections} connections for ${values.seconds} s…\n`);
    const result = await autocannon({
      url: `http://127.0.0.1:${PORT}`,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      timeout: REQUEST_TIMEOUT_S,
      headers,
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            method: 'POST',
            path: VIEW,
            body: JSON.stringify({ skn: skns[i++ % skns.length] }),
          }),
        },
      ],
    });
    return {
      mode,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      timeouts: result.timeouts,
      errors: result.errors - result.timeouts,
      non2xx: result.non2xx,
      probes: await probes.stop(),
    };
  } finally {
    await stopService(service);
  }
}

function memory(): string {
  try {
    const mem = execFileSync('free', ['-h'], { encoding: 'utf8' }).split('\n')[1] ?? '';
    const [, total, used, , , , available] = mem.trim().split(/\s+/);
    return `${total} total, ${used} used, ${available} available (free -h)`;
  } catch {
    return `${(os.freemem() / 1024 ** 3).toFixed(1)} GiB free`;
  }
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(n < 10 ? 1 : 0));

async function main(): Promise<void> {
  try {
    process.stderr.write('loading the demo simulation into a file-backed embedded store…\n');
    const loaded = await loadConsultationStore(
      await openDatabase({ pgliteDir: path.join(work, 'pglite') }),
      'demo',
    );
    const machine = `${describeMachine()}; memory ${memory()}`;
    const runs: Run[] = [];
    for (const mode of values.modes.split(',')) runs.push(await run(mode, loaded.skns));
    const lines = [
      `Health probes under load on the embedded store (\`node bench/health.ts --modes ${values.modes} --seconds ${values.seconds} --connections ${values.connections}\`), ${today()}, ${machine}. The service (\`ketenzicht serve --no-portal\`, file-backed PGlite with the demo simulation: ${loaded.events} events, ${loaded.skns.length} persons with detention) and the load generator (autocannon, ${REQUEST_TIMEOUT_S} s request timeout) in separate processes on the same cores; \`/health\` and \`/ready\` probed every ${PROBE.intervalMs} ms from a thread of their own, each on a new connection with a ${PROBE.timeoutMs} ms timeout.`,
      '',
      `| PGlite | person views/s (POST ${VIEW}) | p50 ms | p99 ms | requests | timed out | errors | non-2xx |`,
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...runs.map(
        (r) =>
          `| ${r.mode} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.timeouts} | ${r.errors} | ${r.non2xx} |`,
      ),
      '',
      '| PGlite | probe | sent | failed | p50 ms | p95 ms | max ms | first failures |',
      '|---|---|---:|---:|---:|---:|---:|---|',
      ...runs.flatMap((r) =>
        r.probes.map(
          (p) =>
            `| ${r.mode} | ${p.path} | ${p.sent} | ${p.failed} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.max)} | ${[...new Set(p.failures)].join('; ') || '–'} |`,
        ),
      ),
    ];
    const table = lines.join('\n');
    console.log(table);
    if (values.record)
      recordSection(
        path.join(ROOT, 'bench/RESULTS.md'),
        'health',
        `## Health probes under load (embedded store)\n\n${table}`,
      );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
