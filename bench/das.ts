/**
 * The statistics environment: `das build` over a simulated chain with its
 * partners' extracts, and the open-data API under concurrent load.
 *
 *   node bench/das.ts [--preset national-decade] [--format parquet|csv] [--seconds 20] [--connections 16] [--record]
 *
 * 1. `ketenzicht simulate --preset P --chain DIR` writes the events and the
 *    deliveries (not timed as part of the build).
 * 2. `das build` runs in a process of its own; its wall time and peak RSS
 *    (process.resourceUsage().maxRSS, DuckDB's memory included) are measured.
 * 3. The service serves the release; a load process keeps `--connections`
 *    requests in flight for `--seconds` against a mix of observation queries
 *    (filters, pages, CSV) and records every latency (exact percentiles).
 * --record writes the tables to the "Statistics environment" section of
 * bench/RESULTS.md.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine, recordSection, today } from './machine.ts';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'national-decade' },
    format: { type: 'string', default: 'parquet' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    record: { type: 'boolean', default: false },
    child: { type: 'string' },
    deliveries: { type: 'string' },
    events: { type: 'string' },
    out: { type: 'string' },
    url: { type: 'string' },
  },
});

const BIN = path.resolve(import.meta.dirname, '../bin/ketenzicht.js');
const NODE = process.execPath;
const KEY = 'bench-das-key-0123456789abcdef0123456789';

/** In a child: the build alone, so its peak memory is its own. */
async function buildChild(): Promise<void> {
  const { buildRelease } = await import('../src/statistics/build.ts');
  const { defaultReferenceCatalog } = await import('../src/reference/index.ts');
  const steps: [string, number][] = [];
  const started = performance.now();
  const result = await buildRelease({
    deliveries: values.deliveries as string,
    events: values.events,
    key: KEY,
    release: 'bench',
    out: values.out as string,
    catalog: defaultReferenceCatalog(),
    progress: (step) => steps.push([step, (performance.now() - started) / 1000]),
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${JSON.stringify({ ok: result.ok, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, steps, result })}\n`,
  );
}

/** In a child: keeps `connections` requests in flight and records every latency. */
async function loadChild(): Promise<void> {
  const base = values.url as string;
  const until = Date.now() + Number(values.seconds) * 1000;
  const queries = [
    '/api/v1/open-data/tables',
    '/api/v1/open-data/tables/ketenstroom',
    '/api/v1/open-data/tables/ketenstroom/observations?regio=T&delictgroep=T',
    '/api/v1/open-data/tables/ketenstroom/observations?fase=detentie&jaar=T',
    '/api/v1/open-data/tables/misdrijven/observations?jaar=T&limit=500',
    '/api/v1/open-data/tables/misdrijven/observations?regio=noord-holland',
    '/api/v1/open-data/tables/recidive/observations?leeftijd=T&geslacht=T&delictgroep=T',
    '/api/v1/open-data/tables/detentie/observations?format=csv',
    '/api/v1/open-data/tables/ketenstroom/observations?limit=10000',
  ];
  const latencies: number[] = [];
  let errors = 0;
  let i = 0;
  const worker = async () => {
    while (Date.now() < until) {
      const q = queries[i++ % queries.length] as string;
      const t = performance.now();
      const response = await fetch(`${base}${q}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - t);
      if (!response.ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: Number(values.connections) }, worker));
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  process.stdout.write(
    `${JSON.stringify({ requests: latencies.length, rps: latencies.length / Number(values.seconds), p50: at(0.5), p95: at(0.95), p99: at(0.99), errors })}\n`,
  );
}

function runJson(args: string[], env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  const out = execFileSync(NODE, args, {
    env,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.toString().trim().split('\n').at(-1) as string);
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-bench-das-'));
  try {
    const deliveries = path.join(work, 'deliveries');
    const events = path.join(work, 'events.jsonl');
    const out = path.join(work, 'das');
    const simStarted = performance.now();
    execFileSync(
      NODE,
      [
        BIN,
        'simulate',
        '--preset',
        values.preset as string,
        '--out',
        events,
        '--chain',
        deliveries,
        '--chain-format',
        values.format as string,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const simSeconds = (performance.now() - simStarted) / 1000;
    const sizes = fs
      .readdirSync(deliveries)
      .map((f) => `${f} ${(fs.statSync(path.join(deliveries, f)).size / 1e6).toFixed(0)} MB`);
    const build = runJson([
      import.meta.filename,
      '--child',
      'build',
      '--deliveries',
      deliveries,
      '--events',
      events,
      '--out',
      out,
    ]);
    const tableRows = ((build.result as { tables?: { id: string; rows: number }[] }).tables ?? []).map(
      (t) => `${t.id} ${t.rows}`,
    );
    const microdata = Object.entries(
      (build.result as { microdata?: Record<string, number> }).microdata ?? {},
    ).map(([t, n]) => `${t} ${n.toLocaleString('en')}`);

    const port = 3900 + (process.pid % 90);
    const service = spawn(NODE, [BIN, 'serve', '--no-portal'], {
      env: {
        ...process.env,
        PORT: String(port),
        DAS_DIR: out,
        KETENZICHT_DATA_DIR: path.join(work, 'store'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 120; i++) {
        if (
          await fetch(`${url}/health`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await new Promise((r) => setTimeout(r, 500));
      }
      runJson([
        import.meta.filename,
        '--child',
        'load',
        '--url',
        url,
        '--seconds',
        '3',
        '--connections',
        '4',
      ]); // warm-up
      const load = runJson([
        import.meta.filename,
        '--child',
        'load',
        '--url',
        url,
        '--seconds',
        values.seconds as string,
        '--connections',
        values.connections as string,
      ]);
      const f = (n: unknown) => Number(n).toFixed(1);
      const table = [
        `Measured ${today()} on ${describeMachine()}.`,
        '',
        `\`node bench/das.ts --preset ${values.preset} --format ${values.format}\`: the chain simulated with \`--chain\` (${simSeconds.toFixed(0)} s, not part of the build), then \`das build\` in its own process, then the open-data API under load (${values.connections} requests in flight for ${values.seconds} s, a mix of filtered, paged, CSV and 10,000-row queries, latencies of every request).`,
        '',
        '| measure | result | goal |',
        '|---|---|---|',
        `| das build, wall time | ${f(build.seconds)} s | < 60 s |`,
        `| das build, peak RSS | ${Number(build.maxRssMb).toFixed(0)} MB | recorded |`,
        `| open data, requests | ${load.requests} (${f(load.rps)}/s), ${load.errors} errors | |`,
        `| open data, latency p50 / p95 / p99 | ${f(load.p50)} / ${f(load.p95)} / ${f(load.p99)} ms | p95 < 50 ms |`,
        '',
        `Build steps (s from start): ${(build.steps as [string, number][]).map(([s, t]) => `${s} ${t.toFixed(1)}`).join('; ')}.`,
        '',
        `Deliveries: ${sizes.join(', ')}. Microdata rows: ${microdata.join(', ')}. Published tables (rows): ${tableRows.join(', ')}.`,
      ].join('\n');
      process.stdout.write(`${table}\n`);
      if (values.record)
        recordSection(
          path.resolve(import.meta.dirname, 'RESULTS.md'),
          'das',
          `## Statistics environment (das build, open data)\n\n${table}`,
        );
    } finally {
      service.kill('SIGTERM');
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (values.child === 'build') await buildChild();
else if (values.child === 'load') await loadChild();
else await main();
