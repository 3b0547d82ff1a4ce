/**
 * Finds personal identifiers in printed text: BSNs (9 digits), SKNs (8
 * digits) and surnames, each from a watch list (the simulated persons, and
 * whatever the test itself sent). Digits count only as a whole run (a
 * timestamp holding a BSN's digits is no hit); a surname counts only as a
 * whole word with its capital (the word "visser" is no hit, "Visser" is).
 */

/** Dutch surname prefixes: lowercase in a surname, never a hit on their own. */
const PREFIXES = new Set([
  'van',
  'de',
  'den',
  'der',
  'het',
  'te',
  'ter',
  'ten',
  "'t",
  'in',
  'op',
  'aan',
  'la',
  'le',
]);

export interface Hit {
  kind: 'bsn' | 'skn' | 'surname';
  value: string;
  /** The line it was found in, cut to a readable length around the hit. */
  excerpt: string;
}

export class IdentifierScanner {
  readonly bsns = new Set<string>();
  readonly skns = new Set<string>();
  readonly surnames = new Set<string>();
  readonly #skip: ReadonlySet<string>;
  readonly #minLength: number;

  /** `skip`: surname words that are also words the output legitimately holds (documented where used). */
  constructor(options: { skip?: Iterable<string>; minSurnameLength?: number } = {}) {
    this.#skip = new Set(options.skip ?? []);
    this.#minLength = options.minSurnameLength ?? 4;
  }

  /** Adds the identifiers of one event or request body: its `bsn`, `skn` and `surname` fields. */
  watch(record: { bsn?: unknown; skn?: unknown; surname?: unknown }): void {
    if (typeof record.bsn === 'string' && /^[0-9]{9}$/.test(record.bsn)) this.bsns.add(record.bsn);
    if (typeof record.skn === 'string' && /^[0-9]{8}$/.test(record.skn)) this.skns.add(record.skn);
    if (typeof record.surname === 'string')
      for (const word of record.surname.split(/[\s-]+/))
        if (!PREFIXES.has(word.toLowerCase()) && word.length >= this.#minLength && !this.#skip.has(word))
          this.surnames.add(word);
  }

  scan(text: string): Hit[] {
    const hits: Hit[] = [];
    for (const line of text.split('\n')) {
      for (const match of line.matchAll(/\d+/g)) {
        const digits = match[0];
        const kind =
          digits.length === 9 && this.bsns.has(digits)
            ? 'bsn'
            : digits.length === 8 && this.skns.has(digits)
              ? 'skn'
              : undefined;
        if (kind) hits.push({ kind, value: digits, excerpt: excerpt(line, match.index) });
      }
      for (const match of line.matchAll(/\p{L}+/gu))
        if (this.surnames.has(match[0]))
          hits.push({ kind: 'surname', value: match[0], excerpt: excerpt(line, match.index) });
    }
    return hits;
  }
}

function excerpt(line: string, at: number): string {
  const from = Math.max(0, at - 100);
  const to = Math.min(line.length, at + 100);
  return `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''} (line of ${line.length} characters)`;
}

/** A readable failure message: which identifier, in which printed line, per source of output. */
export function describeHits(where: string, hits: Hit[], max = 30): string {
  const kinds = (['bsn', 'skn', 'surname'] as const)
    .map((k) => `${hits.filter((h) => h.kind === k).length} ${k}`)
    .join(', ');
  const shown = hits.slice(0, max).map((h) => `  ${h.kind} ${h.value} in: ${h.excerpt}`);
  return `${hits.length} identifiers (${kinds}) in ${where}:\n${shown.join('\n')}${hits.length > max ? `\n  … and ${hits.length - max} more` : ''}`;
}
