/**
 * `ketenzicht replay FILE [--explain] [--rules NAME|FILE]`, exactly per
 * ../shared/contracts/replay.md: the events run in file order through a
 * fresh, temporary store (in memory; nothing persists) by the same ingest
 * and rules the service uses, and every notice they would create is written
 * to standard output as one JSON object per line, in the order they arise.
 * Rejected lines go to standard error with their numbers; the exit status is
 * 0 when the file was read.
 */
import fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { Command } from 'commander';
import { Compile } from 'typebox/compile';
import { openInput } from '../ingest/index.ts';
import type { Notice, Skip } from '../notifications/index.ts';
import { RULE_SETS, RuleSet, ruleOutcomesOf, ruleSetByName } from '../notifications/index.ts';
import { ingestStream } from '../pipeline.ts';
import { openDatabase } from '../platform/db.ts';
import { migrateToLatest } from '../platform/migrate.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';

const checkRuleSet = Compile(RuleSet);

/** A rule set by name, or read from a JSON file; a clear error otherwise. */
export function loadRuleSet(nameOrFile: string): RuleSet {
  const named = ruleSetByName(nameOrFile);
  if (named) return named;
  if (!fs.existsSync(nameOrFile)) {
    throw new Error(
      `no rule set named ${nameOrFile} (${RULE_SETS.map((r) => r.name).join(', ')}) and no such file`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(nameOrFile, 'utf8'));
  } catch (error) {
    throw new Error(`${nameOrFile} is not valid JSON: ${(error as Error).message}`);
  }
  if (!checkRuleSet.Check(value)) {
    const first = [...checkRuleSet.Errors(value)][0];
    throw new Error(
      `${nameOrFile} is not a rule set: ${first?.instancePath || '(root)'} ${first?.message ?? ''}`,
    );
  }
  return value;
}

/** The line the contract asks for: its fields in its order. */
export function noticeLine(n: Notice): string {
  return JSON.stringify({
    eventId: n.eventId,
    skn: n.skn,
    box: n.box,
    type: n.type,
    recipient: n.recipient,
    legalBasis: n.legalBasis,
    ...(n.recipient === null ? { exception: n.exception } : {}),
    ...(n.supersedes ? { supersedes: n.supersedes } : {}),
    ...(n.late ? { late: true } : {}),
  });
}

export function skipLine(s: Skip): string {
  return JSON.stringify({ eventId: s.eventId, box: s.box, decision: s.decision, reason: s.reason });
}

export interface ReplayOptions {
  explain?: boolean;
  ruleSet?: RuleSet;
}

export interface ReplaySummary {
  lines: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  notices: number;
}

export async function replay(
  input: Readable,
  output: Writable,
  errors: Writable,
  options: ReplayOptions = {},
): Promise<ReplaySummary> {
  const handle = await openDatabase({});
  let notices = 0;
  let pending: string[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = `${pending.join('\n')}\n`;
    pending = [];
    if (!output.write(chunk)) await new Promise((resolve) => output.once('drain', resolve));
  };
  try {
    await migrateToLatest(handle.db);
    const chosen = options.ruleSet;
    const summary = await ingestStream(
      handle.db,
      input,
      // Replay shows the municipality the rules propose: no users, no participation (replay.md).
      {
        catalog: defaultReferenceCatalog(),
        participation: false,
        ...(chosen ? { rules: () => chosen } : {}),
      },
      {
        batchSize: 1000,
        onRejected: (line, fieldErrors) => {
          errors.write(`line ${line}: rejected: ${fieldErrors.map((e) => e.message).join('; ')}\n`);
        },
        onOutcome: (_line, outcome) => {
          if (outcome.status !== 'accepted') return;
          for (const o of ruleOutcomesOf(outcome.results)) {
            if ('notice' in o) {
              notices++;
              pending.push(noticeLine(o.notice));
            } else if (options.explain) pending.push(skipLine(o.skip));
          }
        },
        onProgress: () => {
          void flush();
        },
      },
    );
    await flush();
    return { ...summary, notices };
  } finally {
    await handle.close();
  }
}

export function replayCommand(): Command {
  return new Command('replay')
    .description(
      'replay a JSONL file of events through a temporary store and print the notices the rules make (contract: replay.md)',
    )
    .argument('<file>', 'JSONL file of events (- for standard input)')
    .option('--explain', 'also print one line per decision not to notify')
    .option(
      '--rules <name|file>',
      `replay every event under one rule set (${RULE_SETS.map((r) => r.name).join(', ')}, or a JSON file)`,
    )
    .action(async (file: string, options: { explain?: boolean; rules?: string }) => {
      const ruleSet = options.rules ? loadRuleSet(options.rules) : undefined;
      const { stream } = openInput(file);
      const started = performance.now();
      const summary = await replay(stream, process.stdout, process.stderr, {
        explain: Boolean(options.explain),
        ...(ruleSet ? { ruleSet } : {}),
      });
      process.stderr.write(
        `${summary.lines} lines: ${summary.accepted} accepted, ${summary.duplicate} duplicate, ${summary.rejected} rejected; ` +
          `${summary.notices} notices in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    });
}
