/**
 * A chain run as the chain tests read it: the simulation with `--chain` into a
 * folder, the events into memory, and every delivery read back as CSV.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after } from 'node:test';
import { DELIVERY_NAMES, type DeliveryName } from '../statistics/index.ts';
import {
  type ChainSummary,
  openChain,
  type SimEvent,
  type SimulationOptions,
  simulate,
  writeSimulation,
} from './index.ts';

// One folder per test file (each runs in its own process), removed when its tests are done.
export const root = mkdtempSync(path.join(tmpdir(), 'ketenzicht-chain-'));
after(() => rmSync(root, { recursive: true, force: true }));

export type Row = Record<string, string | null>;

/** A CSV file as deliveries.ts describes it: header, comma, `"` quotes, empty = null. */
function readCsv(file: string): { header: string[]; rows: Row[]; text: string } {
  const text = readFileSync(file, 'utf8');
  const records: (string | null)[][] = [];
  let record: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let value: string | null;
    if (text[i] === '"') {
      let j = i + 1;
      let out = '';
      for (;;) {
        const k = text.indexOf('"', j);
        if (k < 0) throw new Error(`${file}: an open quote`);
        out += text.slice(j, k);
        if (text[k + 1] === '"') {
          out += '"';
          j = k + 2;
        } else {
          j = k + 1;
          break;
        }
      }
      value = out;
      i = j;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n') j++;
      value = j === i ? null : text.slice(i, j);
      i = j;
    }
    record.push(value);
    if (text[i] === ',') {
      i++;
    } else {
      records.push(record);
      record = [];
      i++;
    }
  }
  const [header = [], ...lines] = records;
  const names = header.map((h) => h ?? '');
  return {
    header: names,
    text,
    rows: lines.map((line) => Object.fromEntries(names.map((name, k) => [name, line[k] ?? null]))),
  };
}

export interface ChainRunResult {
  dir: string;
  events: SimEvent[];
  eventText: string;
  summary: ChainSummary;
  files: Record<DeliveryName, { header: string[]; rows: Row[]; text: string }>;
  options: { from: string; to: string };
}

/** Runs a simulation with the chain into a folder, the events into memory. */
export async function runChain(
  name: string,
  options: SimulationOptions,
  thread?: boolean,
): Promise<ChainRunResult> {
  const dir = path.join(root, name);
  const run = simulate(options);
  const chain = openChain(run, { dir, thread });
  let eventText = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      eventText += chunk.toString('utf8');
      done();
    },
  });
  await writeSimulation(run, sink, chain.observer);
  const summary = await chain.finish();
  const events = eventText
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as SimEvent);
  const files = Object.fromEntries(
    DELIVERY_NAMES.map((d) => [d, readCsv(path.join(dir, `${d}.csv`))]),
  ) as ChainRunResult['files'];
  return { dir, events, eventText, summary, files, options: { from: run.options.from, to: run.options.to } };
}

export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
