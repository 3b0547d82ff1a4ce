/**
 * `ketenzicht simulate`: writes a deterministic synthetic chain as JSONL
 * events in the inbound contract, to a file or to standard output, and with
 * `--chain DIR` the chain partners' deliveries of the same run (CSV or
 * Parquet). See docs/simulation.md.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import v8 from 'node:v8';
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  type ChainRun,
  type ChainSummary,
  DEFAULT_ERROR_RATE,
  openChain,
  PRESETS,
  type PresetName,
  type SimulationStats,
  type SimulationSummary,
  simulate,
  summarizeSimulation,
  writeSimulation,
} from '../simulation/index.ts';
import { DELIVERY_FORMATS, DELIVERY_NAMES, type DeliveryFormat } from '../statistics/index.ts';
import { calendarDate, positiveInteger } from './args.ts';

export interface SimulateCliOptions {
  preset: PresetName;
  persons?: number;
  from?: string;
  years?: number;
  seed: number;
  errorRate: number;
  out?: string;
  summary?: boolean;
  /** Folder for the chain partners' deliveries. */
  chain?: string;
  chainFormat?: DeliveryFormat;
}

export interface SimulateResult {
  stats: SimulationStats;
  seconds: number;
  summary?: SimulationSummary;
  chain?: ChainSummary;
}

/** The chain counts per delivery and year, as a small table for standard error. */
export function formatChainSummary(chain: ChainSummary): string {
  const from = Number(chain.period.from.slice(0, 4));
  const heads = ['year', ...DELIVERY_NAMES];
  const lines: string[][] = [heads];
  const years = Object.keys(chain.years).sort();
  const before = years.filter((y) => Number(y) < from);
  const earlier = DELIVERY_NAMES.map((name) =>
    before.reduce((sum, y) => sum + (chain.years[y]?.rows[name] ?? 0), 0),
  );
  if (before.length > 0) lines.push([`< ${from}`, ...earlier.map(String)]);
  for (const year of years.filter((y) => Number(y) >= from)) {
    lines.push([year, ...DELIVERY_NAMES.map((name) => String(chain.years[year]?.rows[name] ?? 0))]);
  }
  lines.push(['all', ...DELIVERY_NAMES.map((name) => String(chain.rows[name]))]);
  const widths = heads.map((_, i) => Math.max(...lines.map((l) => (l[i] as string).length)));
  return lines
    .map((l) =>
      l.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}

function seed(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n > 0xffff_ffff) {
    throw new InvalidArgumentError(`not a whole number from 0 to 4294967295: ${value}`);
  }
  return n;
}

function errorRate(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 0.5) {
    throw new InvalidArgumentError(`not a fraction from 0 to 0.5: ${value}`);
  }
  return n;
}

export function simulateCommand(): Command {
  return new Command('simulate')
    .description(
      'write a synthetic, deterministic criminal justice chain as JSONL events (inbound contract v1)',
    )
    .addOption(
      new Option('--preset <name>', 'what to simulate')
        .choices(Object.keys(PRESETS))
        .default('demo' satisfies PresetName),
    )
    .option('--persons <n>', 'about this many persons (overrides the preset scale)', positiveInteger)
    .option('--from <date>', "first day of the period (default: the preset's)", calendarDate)
    .option('--years <n>', "length of the period in years (default: the preset's)", positiveInteger)
    .option('--seed <n>', 'random seed: the same seed and options give the same file', seed, 1)
    .option(
      '--error-rate <rate>',
      'share of events delivered with a source mistake',
      errorRate,
      DEFAULT_ERROR_RATE,
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--summary', 'also print a summary with notification estimates as JSON (a second pass)')
    .option('--chain <dir>', "also write the chain partners' deliveries of the same run into this folder")
    .addOption(
      new Option('--chain-format <format>', 'file format of the chain deliveries')
        .choices(DELIVERY_FORMATS)
        .default('csv' satisfies DeliveryFormat),
    )
    .action(async (options: SimulateCliOptions) => {
      const result = await runSimulate(options);
      const { stats, seconds } = result;
      if (result.chain && options.chain !== undefined) {
        console.error(
          `chain deliveries (${options.chainFormat ?? 'csv'}) written to ${options.chain}, rows by year:\n` +
            formatChainSummary(result.chain),
        );
      }
      if (options.out !== undefined) {
        console.error(
          `${stats.lines} lines (${stats.persons} persons; ${stats.runInLines} lines before the period) ` +
            `written to ${options.out} in ${seconds.toFixed(1)} s (${Math.round(stats.lines / Math.max(seconds, 0.001))} events/s)`,
        );
      }
      if (result.summary) {
        const summary = result.chain ? { ...result.summary, chain: result.chain } : result.summary;
        const text = `${JSON.stringify(summary, null, 2)}\n`;
        // Standard output carries the events when there is no --out.
        if (options.out !== undefined) process.stdout.write(text);
        else process.stderr.write(text);
      }
    });
}

/**
 * Runs the simulation and writes it. The command is its own process: it lets
 * V8 grow the heap to at most twice the live data after a full collection
 * (the default allows about four times), because the simulator makes garbage
 * fast while its live data stay small. That keeps a ten-year run under 500 MB.
 */
export async function runSimulate(options: SimulateCliOptions): Promise<SimulateResult> {
  const run = simulate({
    preset: options.preset,
    persons: options.persons,
    from: options.from,
    years: options.years,
    seed: options.seed,
    errorRate: options.errorRate,
  });
  v8.setFlagsFromString('--heap-growing-percent=100');
  const started = performance.now();
  const chain: ChainRun | undefined =
    options.chain === undefined
      ? undefined
      : openChain(run, { dir: options.chain, format: options.chainFormat });
  let stats: SimulationStats;
  try {
    if (options.out === undefined) {
      try {
        stats = await writeSimulation(run, process.stdout, chain?.observer);
      } catch (error) {
        // The reader went away (`ketenzicht simulate | head`): not an error of ours.
        if ((error as { code?: unknown }).code !== 'EPIPE' || chain) throw error;
        stats = run.stats;
      }
    } else {
      const file = createWriteStream(options.out);
      stats = await writeSimulation(run, file, chain?.observer);
      file.end();
      await finished(file);
    }
  } catch (error) {
    chain?.abort();
    throw error;
  }
  const chainSummary = await chain?.finish();
  const seconds = (performance.now() - started) / 1000;
  const result: SimulateResult = { stats, seconds };
  if (chainSummary) result.chain = chainSummary;
  if (options.summary) result.summary = summarizeSimulation(run);
  return result;
}
