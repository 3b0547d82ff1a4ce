/**
 * The notices the rules make on a simulated year, next to the real 2024
 * volumes: replays the simulation (the same code path as the service) and
 * counts the notices of events dated in the period (the run-in before it is
 * left out). Prints a Markdown table for docs/simulation.md.
 *
 *   node bench/notice-calibration.ts [--preset national-year] [--seed 1]
 */
import { PassThrough, Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { replay } from '../src/cli/replay.ts';
import { dutchDate } from '../src/platform/dates.ts';
import { simulate } from '../src/simulation/index.ts';

const { values } = parseArgs({
  options: { preset: { type: 'string', default: 'national-year' }, seed: { type: 'string', default: '1' } },
});
const run = simulate({ preset: values.preset as 'national-year', seed: Number(values.seed) });
const from = run.options.from;
const until = `${Number(from.slice(0, 4)) + run.options.years}${from.slice(4)}`;

const dateOf = new Map<string, string>();
const lines: string[] = [];
for (const event of run) {
  dateOf.set(event.eventId, dutchDate(event.occurredAt));
  lines.push(JSON.stringify(event));
}
const out = new PassThrough();
const counts = new Map<string, number>();
let buffer = '';
out.on('data', (chunk) => {
  buffer += String(chunk);
  const parts = buffer.split('\n');
  buffer = parts.pop() ?? '';
  for (const line of parts) {
    const n = JSON.parse(line) as {
      eventId: string;
      box: string;
      type: string;
      recipient: string | null;
      late?: boolean;
      supersedes?: string;
    };
    const date = dateOf.get(n.eventId) ?? '';
    if (date < from || date >= until) continue;
    const keys = [
      n.box,
      `${n.box} ${n.type}`,
      ...(n.recipient === 'RVDK' ? ['reintegration RVDK'] : []),
      ...(n.recipient === null ? [`${n.box} unroutable`] : []),
      ...(n.late ? [`${n.box} late`] : []),
      ...(n.supersedes ? [`${n.box} supersedes`] : []),
    ];
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
});
const started = performance.now();
await replay(Readable.from(lines.map((l) => `${l}\n`)), out, new PassThrough());
const seconds = (performance.now() - started) / 1000;
const c = (k: string) => (counts.get(k) ?? 0).toLocaleString('en');
const sum = (types: string[]) =>
  types.reduce((total, t) => total + (counts.get(`bij ${t}`) ?? 0), 0).toLocaleString('en');
const rows: [string, string, string][] = [
  ['re-integration notices (18a), total', '94,500–105,000', c('reintegration')],
  ['  of which to the RvdK', '~5,400', c('reintegration RVDK')],
  ['  of which shareable D&R plan', '~18,500', c('reintegration deelbaar-dr-plan')],
  ['  without a routable municipality (operations queue)', '—', c('reintegration unroutable')],
  [
    'BIJ notices (art. 11a BJSG), without 18b',
    '~1,500 (1,800 with 18b)',
    sum([
      'pi-verlof',
      'pi-regimefasering',
      'tbs-verlof',
      'pij-verlofmachtiging',
      'pi-beeindiging',
      'tbs-voorwaardelijke-beeindiging',
      'pij-beeindiging',
    ]),
  ],
  [
    '  at leave, phasing, leave authorization',
    '~500',
    sum(['pi-verlof', 'pi-regimefasering', 'tbs-verlof', 'pij-verlofmachtiging']),
  ],
  [
    '  at the (planned) end',
    '~1,500',
    sum(['pi-beeindiging', 'tbs-voorwaardelijke-beeindiging', 'pij-beeindiging']),
  ],
  ['  of which late (the release came unannounced)', '—', c('bij late')],
  ['  of which corrections (a moved date, supersedes)', '—', c('bij supersedes')],
  ['  to the operations queue', '—', c('bij unroutable')],
  ['art. 18b notices', '~307', c('bij 18b-melding')],
  ['BIJ box in all (BIJ and 18b)', '~1,800', c('bij')],
  ['victim notices', '~18,500', c('victims')],
  [
    '  of which at a return after an escape, a TBS conditional termination',
    '—',
    c('victims terugkeer') === '0' && c('victims voorwaardelijke-beeindiging') === '0'
      ? '0'
      : `${c('victims terugkeer')}, ${c('victims voorwaardelijke-beeindiging')}`,
  ],
];
console.log(
  `Replay of \`${values.preset}\` (seed ${values.seed}), events dated ${from} to ${until} (exclusive), replayed in ${seconds.toFixed(0)} s:\n`,
);
console.log('| notices | real 2024 (seed 002) | rules on the simulation |\n|---|---|---|');
for (const [name, target, actual] of rows) console.log(`| ${name} | ${target} | ${actual} |`);
