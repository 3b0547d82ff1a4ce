/**
 * Simulator throughput and memory: national-year and national-decade written
 * to a temporary file, each run in its own process so that its peak RSS
 * (process.resourceUsage().maxRSS) is its own.
 *
 *   node bench/simulate.ts [--presets national-year,national-decade] [--seed 1] [--repeat 3] [--record]
 *
 * Each preset runs through the `ketenzicht simulate` code path (which caps
 * V8's heap growth) and through the library with V8's defaults, `--repeat`
 * times each; the table shows the median time and the highest peak RSS.
 * --record writes the table to the "Simulator" section of bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import fs, { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { runSimulate } from '../src/cli/simulate.ts';
import {
  DEFAULT_ERROR_RATE,
  isPresetName,
  type PresetName,
  simulate,
  writeSimulation,
} from '../src/simulation/index.ts';
import { describeMachine, recordSection, today } from './machine.ts';

type Mode = 'cli' | 'library';

interface Measurement {
  preset: PresetName;
  mode: Mode;
  lines: number;
  persons: number;
  runInLines: number;
  seconds: number;
  megabytes: number;
  maxRssMb: number;
}

const { values } = parseArgs({
  options: {
    presets: { type: 'string', default: 'national-year,national-decade' },
    seed: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '3' },
    record: { type: 'boolean', default: false },
    child: { type: 'string' },
    mode: { type: 'string', default: 'cli' },
    out: { type: 'string' },
  },
});
const seed = Number(values.seed);

async function child(preset: PresetName, mode: Mode, out: string): Promise<Measurement> {
  const started = performance.now();
  let stats: Awaited<ReturnType<typeof runSimulate>>['stats'];
  if (mode === 'cli') {
    stats = (await runSimulate({ preset, seed, errorRate: DEFAULT_ERROR_RATE, out })).stats;
  } else {
    const file = createWriteStream(out);
    stats = await writeSimulation(simulate({ preset, seed }), file);
    file.end();
    await finished(file);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    preset,
    mode,
    lines: stats.lines,
    persons: stats.persons,
    runInLines: stats.runInLines,
    seconds,
    megabytes: fs.statSync(out).size / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

if (values.child !== undefined) {
  if (!isPresetName(values.child) || values.out === undefined) throw new Error('--child PRESET --out FILE');
  const measurement = await child(values.child, values.mode === 'library' ? 'library' : 'cli', values.out);
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
} else {
  const presets = (values.presets ?? '').split(',').filter(isPresetName);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-bench-simulate-'));
  const results: Measurement[] = [];
  try {
    for (const preset of presets) {
      for (const mode of ['cli', 'library'] as const) {
        const runs: Measurement[] = [];
        for (let i = 0; i < Math.max(1, Number(values.repeat)); i++) {
          const out = path.join(work, `${preset}.jsonl`);
          const text = execFileSync(
            process.execPath,
            [import.meta.filename, '--child', preset, '--mode', mode, '--out', out, '--seed', String(seed)],
            { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
          );
          const m = JSON.parse(text) as Measurement;
          runs.push(m);
          fs.rmSync(out, { force: true });
          console.log(
            `${preset} (${mode}): ${m.lines} events in ${m.seconds.toFixed(1)} s = ${Math.round(m.lines / m.seconds)} events/s, ` +
              `peak RSS ${Math.round(m.maxRssMb)} MB`,
          );
        }
        runs.sort((a, b) => a.seconds - b.seconds);
        const median = runs[Math.floor(runs.length / 2)] as Measurement;
        results.push({ ...median, maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) });
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const rows = results.map(
    (m) =>
      `| ${m.preset} | ${m.mode === 'cli' ? '`ketenzicht simulate`' : 'library, V8 defaults'} | ${m.lines} | ${m.persons} | ` +
      `${m.megabytes.toFixed(0)} | ${m.seconds.toFixed(1)} | ${Math.round(m.lines / m.seconds)} | ${Math.round(m.maxRssMb)} |`,
  );
  const table = [
    `\`node bench/simulate.ts\` (seed ${seed}, default error rate, JSONL to a temporary file, one process per run, ` +
      `median of ${values.repeat} runs, highest peak RSS), ${today()}, ${describeMachine()}.`,
    '',
    '| preset | run | events | persons | MB written | seconds | events/s | peak RSS MB |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    'Targets: at least 200,000 events/s and a peak RSS under 500 MB for national-decade. "Events" include the run-in ' +
      '(people already detained when the period starts, with their earlier events). `ketenzicht simulate` lets V8 grow ' +
      'its heap to twice the live data after a full collection (`--heap-growing-percent=100`); the library row shows V8 defaults.',
  ].join('\n');
  console.log(`\n${table}`);
  if (values.record)
    recordSection(path.join(import.meta.dirname, 'RESULTS.md'), 'simulator', `## Simulator\n\n${table}`);
}
