/**
 * BIJ coverage: does every release of a person with an irrevocable qualifying
 * title in force get its BIJ end notice? (issue 13, "Done when").
 *
 * Simulates a preset (or reads a JSONL file), replays it through the service's
 * own code path (src/cli/replay.ts) and, independently of the rules, decides
 * from the events themselves which releases are in scope: at the release the
 * titles in force (admission, title-added, title-changed, title-ended) hold
 * - in a prison: an irrevocable prison sentence with a serious violent or
 *   sexual offence (classified in the numbering in force when the case came
 *   into the episode, as the simulator drew it),
 * - in a TBS clinic: TBS with dwangverpleging,
 * - in a JJI: a PIJ measure.
 * A release in scope is covered when a BIJ end notice (pi-beeindiging,
 * pij-beeindiging, tbs-voorwaardelijke-beeindiging) was made for an event of
 * the same episode, routed or to the operations queue. Misses are listed by
 * reason; end notices made for episodes whose release is not in scope are
 * counted too. Releases dated in the period only (the run-in before it is state).
 *
 *   node bench/bij-coverage.ts [--preset national-year] [--seed 1] [--file year.jsonl] [--record]
 *
 * With --record the table goes to bench/RESULTS.md (section bij-coverage).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { PassThrough, Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { replay } from '../src/cli/replay.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { OffenceCategories, type SimEvent, type SimTitle, simulate } from '../src/simulation/index.ts';
import { describeMachine, recordSection, today } from './machine.ts';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'national-year' },
    seed: { type: 'string', default: '1' },
    file: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    record: { type: 'boolean', default: false },
  },
});

type Sector = 'GW' | 'JJI' | 'TBS';
const SECTOR: Readonly<Record<string, Sector>> = { 'TULP-GW': 'GW', JVS: 'JJI', MITS: 'TBS' };
const END_TYPES = new Set(['pi-beeindiging', 'pij-beeindiging', 'tbs-voorwaardelijke-beeindiging']);

// ---------------------------------------------------------------------------
// The events: simulated, or read from a file.

const lines: string[] = [];
let from: string;
let until: string;
let source: string;
if (values.file) {
  const input = readline.createInterface({
    input: fs.createReadStream(values.file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of input) if (line.trim() !== '') lines.push(line);
  from = values.from ?? '2025-01-01';
  until = values.to ?? '2026-01-01';
  source = `\`${values.file}\``;
} else {
  const run = simulate({ preset: values.preset as 'national-year', seed: Number(values.seed) });
  from = values.from ?? run.options.from;
  until = values.to ?? run.options.to;
  for (const event of run) lines.push(JSON.stringify(event));
  source = `\`simulate --preset ${values.preset} --seed ${values.seed}\``;
}

// ---------------------------------------------------------------------------
// The ground truth, from the events alone.

const categories = new OffenceCategories(defaultReferenceCatalog().data.offences);

interface HeldTitle {
  title: SimTitle;
  /** The date the case came into the episode: its offences are read in the numbering of then. */
  since: string;
  /** When this version was set (a title-changed sets a new one). */
  setOn: string;
}

interface Episode {
  sector: Sector;
  titles: Map<string, HeldTitle>;
  /** Ids of the episode's detention events (the notices name the event that caused them). */
  eventIds: string[];
  /** Dates of release-scheduled and conditional-termination events, with whether the person was in scope then. */
  announcements: { type: string; date: string; inScope: boolean }[];
}

interface Release {
  skn: string;
  date: string;
  sector: Sector;
  inScope: boolean;
  episode: Episode;
  /** The qualifying titles in force at the release. */
  qualifying: HeldTitle[];
}

function qualifies(sector: Sector, held: HeldTitle): boolean {
  const { title } = held;
  if (sector === 'TBS') return title.kind === 'tbs-dwangverpleging';
  if (sector === 'JJI') return title.kind === 'pij';
  if (title.kind !== 'prison-sentence' || !title.irrevocable) return false;
  return title.offences.some((code) => {
    const category = categories.of(code, held.since);
    return category === 'sexual' || category === 'serious-violent';
  });
}

const qualifyingIn = (episode: Episode) =>
  [...episode.titles.values()].filter((held) => qualifies(episode.sector, held));

const open = new Map<string, Episode>();
const releases: Release[] = [];
/** Every episode by the id of each of its events. */
const episodeOf = new Map<string, Episode>();

for (const line of lines) {
  const event = JSON.parse(line) as SimEvent;
  if (!('institution' in event)) continue;
  const date = event.occurredAt.slice(0, 10);
  const sector = SECTOR[event.source] as Sector;
  let episode = open.get(event.skn);
  if (event.type === 'admission') {
    episode = {
      sector,
      titles: new Map([[event.title.caseNumber, { title: event.title, since: date, setOn: date }]]),
      eventIds: [],
      announcements: [],
    };
    open.set(event.skn, episode);
  }
  if (!episode) continue;
  // After a transfer to another sector, that sector's source writes.
  episode.sector = sector;
  episode.eventIds.push(event.eventId);
  episodeOf.set(event.eventId, episode);
  switch (event.type) {
    case 'title-added':
    case 'title-changed': {
      const since = episode.titles.get(event.title.caseNumber)?.since ?? date;
      episode.titles.set(event.title.caseNumber, { title: event.title, since, setOn: date });
      break;
    }
    case 'title-ended':
      episode.titles.delete(event.caseNumber);
      break;
    case 'release-scheduled':
    case 'conditional-termination':
      episode.announcements.push({ type: event.type, date, inScope: qualifyingIn(episode).length > 0 });
      break;
    case 'release': {
      const qualifying = qualifyingIn(episode);
      if (date >= from && date < until) {
        releases.push({
          skn: event.skn,
          date,
          sector: episode.sector,
          inScope: qualifying.length > 0,
          episode,
          qualifying,
        });
      }
      open.delete(event.skn);
      break;
    }
    default:
      break;
  }
}

// ---------------------------------------------------------------------------
// The rules, through the service's replay.

interface NoticeLine {
  eventId: string;
  box: string;
  type: string;
  recipient: string | null;
  exception?: string;
  late?: boolean;
}
const endNotices = new Map<Episode, NoticeLine[]>();
const out = new PassThrough();
let buffer = '';
out.on('data', (chunk) => {
  buffer += String(chunk);
  const parts = buffer.split('\n');
  buffer = parts.pop() ?? '';
  for (const part of parts) {
    const notice = JSON.parse(part) as NoticeLine;
    if (notice.box !== 'bij' || !END_TYPES.has(notice.type)) continue;
    const episode = episodeOf.get(notice.eventId);
    if (!episode) continue;
    endNotices.set(episode, [...(endNotices.get(episode) ?? []), notice]);
  }
});
let rejected = 0;
const rejections = new Map<string, number>();
const errors = new PassThrough();
errors.on('data', (chunk) => {
  for (const line of String(chunk).split('\n')) {
    if (!line.includes('rejected')) continue;
    rejected++;
    const reason = line
      .replace(/^line \d+: rejected: /, '')
      .replace(/\d{2}\/\d{6}-\d{2}|[A-Z]{2,}-[A-Z0-9-]+|\d{4}-\d{2}-\d{2}/g, '…');
    rejections.set(reason, (rejections.get(reason) ?? 0) + 1);
  }
});
const started = performance.now();
const summary = await replay(Readable.from(lines.map((l) => `${l}\n`)), out, errors);
const seconds = (performance.now() - started) / 1000;

// ---------------------------------------------------------------------------
// Coverage.

/** Why an in-scope release got no end notice, read from its episode. */
function reasonOf(release: Release): string {
  const { episode } = release;
  const announced = episode.announcements;
  if (release.sector === 'TBS' && !announced.some((a) => a.type === 'conditional-termination'))
    return 'TBS release without a conditional termination';
  if (announced.length > 0 && announced.every((a) => !a.inScope)) {
    const becameIrrevocable = release.qualifying.some((held) => held.setOn > (announced.at(-1)?.date ?? ''));
    return becameIrrevocable
      ? 'the release was announced before the title became irrevocable (no notice at the change)'
      : 'the release was announced while no qualifying title was in force';
  }
  const numbering = release.qualifying.some((held) =>
    held.title.offences.some((code) => categories.of(code, held.since) !== categories.of(code, held.setOn)),
  );
  if (numbering)
    return 'an offence classified otherwise in the numbering of the title version than of the case';
  return announced.length === 0 ? 'no announcement, and no late notice at the release' : 'other';
}

/** Why a release not in scope got an end notice all the same. */
function overReasonOf(release: Release): string {
  const { episode } = release;
  if (episode.announcements.some((a) => a.inScope))
    return 'a qualifying title was in force when the release was announced, and ended before it';
  const numbering = [...episode.titles.values()].some((held) =>
    held.title.offences.some((code) => categories.of(code, held.since) !== categories.of(code, held.setOn)),
  );
  if (numbering)
    return 'an offence classified otherwise in the numbering of the title version than of the case';
  return 'other';
}

const inScope = releases.filter((r) => r.inScope);
const covered = inScope.filter((r) => (endNotices.get(r.episode)?.length ?? 0) > 0);
const toQueue = covered.filter((r) => (endNotices.get(r.episode) ?? []).every((n) => n.recipient === null));
const late = covered.filter((r) => (endNotices.get(r.episode) ?? []).some((n) => n.late));
const misses = new Map<string, Release[]>();
for (const r of inScope) {
  if ((endNotices.get(r.episode)?.length ?? 0) > 0) continue;
  const reason = reasonOf(r);
  misses.set(reason, [...(misses.get(reason) ?? []), r]);
}
const outOfScope = releases.filter((r) => !r.inScope && (endNotices.get(r.episode)?.length ?? 0) > 0);
const overReasons = new Map<string, Release[]>();
for (const r of outOfScope) {
  const reason = overReasonOf(r);
  overReasons.set(reason, [...(overReasons.get(reason) ?? []), r]);
}
const bySector = (list: Release[], sector: Sector) => list.filter((r) => r.sector === sector).length;
const n = (x: number) => x.toLocaleString('en');
const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

const table: string[] = [
  '| | prison (GW) | TBS | JJI (PIJ) | all |',
  '|---|---:|---:|---:|---:|',
  `| releases in the period | ${(['GW', 'TBS', 'JJI'] as const).map((s) => n(bySector(releases, s))).join(' | ')} | ${n(releases.length)} |`,
  `| releases in scope (a qualifying title in force) | ${(['GW', 'TBS', 'JJI'] as const).map((s) => n(bySector(inScope, s))).join(' | ')} | ${n(inScope.length)} |`,
  `| with a BIJ end notice | ${(['GW', 'TBS', 'JJI'] as const).map((s) => n(bySector(covered, s))).join(' | ')} | ${n(covered.length)} |`,
  `| of which only to the operations queue | ${(['GW', 'TBS', 'JJI'] as const).map((s) => n(bySector(toQueue, s))).join(' | ')} | ${n(toQueue.length)} |`,
  `| of which marked late | ${(['GW', 'TBS', 'JJI'] as const).map((s) => n(bySector(late, s))).join(' | ')} | ${n(late.length)} |`,
  `| releases not in scope with a BIJ end notice | ${(['GW', 'TBS', 'JJI'] as const).map((s) => n(bySector(outOfScope, s))).join(' | ')} | ${n(outOfScope.length)} |`,
];
const missLines = [...misses.entries()]
  .sort((a, b) => b[1].length - a[1].length)
  .map(
    ([reason, list]) =>
      `| ${reason} | ${n(list.length)} | ${list
        .slice(0, 3)
        .map((r) => `${r.skn} (${r.date})`)
        .join(', ')} |`,
  );
const overLines = [...overReasons.entries()]
  .sort((a, b) => b[1].length - a[1].length)
  .map(
    ([reason, list]) =>
      `| ${reason} | ${n(list.length)} | ${list
        .slice(0, 3)
        .map((r) => `${r.skn} (${r.date})`)
        .join(', ')} |`,
  );
const rejectionLines = [...rejections.entries()]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 8)
  .map(([reason, count]) => `| ${reason} | ${n(count)} |`);

const DEFINITION =
  "In scope: at the release, a title in force (from the events' own admission, title-added, title-changed, title-ended) is an irrevocable prison sentence for a serious violent or sexual offence in a prison, TBS in a clinic, or PIJ in a JJI. Covered: a BIJ end notice (pi-beeindiging, pij-beeindiging, tbs-voorwaardelijke-beeindiging) for an event of the same episode, routed or to the operations queue.";
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
} catch {
  // Not a git checkout: the commit stays unknown.
}
const report = [
  `BIJ coverage of ${source} at commit ${commit}, releases dated ${from} to ${until} (exclusive), replayed through the service's replay (\`src/cli/replay.ts\`) in ${seconds.toFixed(0)} s: ${n(summary.accepted)} events accepted, ${n(summary.duplicate)} duplicates, ${n(summary.rejected)} rejected. ${today()}, ${describeMachine()}.`,
  '',
  `**Releases in scope / BIJ notices made: ${n(inScope.length)} / ${n(covered.length)} (${pct(covered.length, inScope.length)}).**`,
  '',
  ...table,
  '',
  ...(missLines.length > 0
    ? ['| missed: reason | releases | for example |', '|---|---:|---|', ...missLines]
    : ['No release in scope was missed.']),
  ...(overLines.length > 0
    ? [
        '',
        '| end notice for a release not in scope: reason | releases | for example |',
        '|---|---:|---|',
        ...overLines,
      ]
    : []),
  ...(rejectionLines.length > 0
    ? [
        '',
        `Rejected lines (${n(rejected)}), by reason:`,
        '',
        '| reason | lines |',
        '|---|---:|',
        ...rejectionLines,
      ]
    : []),
].join('\n');
console.log(report);
if (values.record) {
  recordSection(
    new URL('./RESULTS.md', import.meta.url).pathname,
    'bij-coverage',
    `## BIJ coverage (a simulated year through the rules)\n\n\`node bench/bij-coverage.ts --record\`. ${report}\n\n${DEFINITION}`,
  );
}
