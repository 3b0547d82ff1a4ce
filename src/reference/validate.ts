/**
 * The rules the reference lists must keep together, beyond the shape of each
 * file (schema.ts): unique codes, mergers that lead somewhere real,
 * institutions in a municipality that exists today, whose missing address
 * parts are acknowledged in their note. They are checked when the
 * lists are loaded, so a bad hand edit stops the application at start-up
 * instead of misrouting a notification later.
 */
import type { DetentionTitleKind, ReferenceData } from './model.ts';
import { normalizeOffenceCode } from './offence-code.ts';
import { isValidOn } from './period.ts';

/** One broken rule: which file, which item, which rule, and what is wrong. */
export interface ReferenceIssue {
  file: string;
  item: string;
  rule: string;
  message: string;
}

export const REFERENCE_FILES = {
  municipalities: 'municipalities.json',
  mergers: 'municipality-mergers.json',
  institutions: 'institutions.json',
  offences: 'offences.json',
  offenceGroups: 'offence-groups.json',
  titles: 'titles.json',
} as const;

const TITLE_KINDS: readonly DetentionTitleKind[] = [
  'pre-trial',
  'prison-sentence',
  'substitute-detention',
  'tbs-dwangverpleging',
  'pij',
];

// The code prefix says which DJI sector a location belongs to; they must agree.
const SECTOR_OF_PREFIX: Readonly<Record<string, string>> = { PI: 'GW', JJI: 'JJI', FPC: 'TBS' };

/** What the note of an institution with a null address part must say. */
export const INCOMPLETE_ADDRESS_NOTE = /\baddress incomplete\b/i;

/** Thrown when reference data breaks a rule; `issues` lists every broken rule found. */
export class ReferenceDataError extends Error {
  readonly issues: readonly ReferenceIssue[];

  constructor(issues: readonly ReferenceIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `${i.file}: ${i.item}: ${i.rule}: ${i.message}`);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super(`invalid reference data:\n${[...shown, ...more].join('\n')}`);
    this.name = 'ReferenceDataError';
    this.issues = issues;
  }
}

/** Every rule that spans items or files; an empty list means the data is consistent. */
export function checkReferenceData(data: ReferenceData): ReferenceIssue[] {
  return [
    ...checkMunicipalities(data),
    ...checkMergers(data),
    ...checkInstitutions(data),
    ...checkOffences(data),
    ...duplicates(REFERENCE_FILES.offenceGroups, data.offenceGroups, (g) => g.code),
    ...checkTitles(data),
  ];
}

/** Throws a ReferenceDataError naming every broken rule, or returns the data unchanged. */
export function validateReferenceData(data: ReferenceData): ReferenceData {
  const issues = checkReferenceData(data);
  if (issues.length > 0) throw new ReferenceDataError(issues);
  return data;
}

function checkMunicipalities({ municipalities, mergers }: ReferenceData): ReferenceIssue[] {
  const file = REFERENCE_FILES.municipalities;
  const succeeded = new Set(mergers.flatMap((m) => m.from));
  const issues = duplicates(file, municipalities, (m) => m.code);
  for (const m of municipalities) {
    const item = m.code;
    if (m.validUntil !== null && m.validUntil <= m.validFrom) {
      issues.push({
        file,
        item,
        rule: 'valid-period',
        message: `validUntil ${m.validUntil} is not after validFrom ${m.validFrom}`,
      });
    }
    if (m.validUntil === null && m.population === null) {
      issues.push({
        file,
        item,
        rule: 'population-current',
        message: 'a current municipality needs a population',
      });
    }
    // Without a successor a ceased code would resolve to nothing and a notification would be lost.
    if (m.validUntil !== null && !succeeded.has(m.code)) {
      issues.push({
        file,
        item,
        rule: 'ceased-has-merger',
        message: `ceased on ${m.validUntil} but no merger names it in "from"`,
      });
    }
  }
  return issues;
}

function checkMergers({ municipalities, mergers }: ReferenceData): ReferenceIssue[] {
  const file = REFERENCE_FILES.mergers;
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const issues: ReferenceIssue[] = [];
  const seenFrom = new Set<string>();
  mergers.forEach((merger, index) => {
    const item = `items[${index}] (${merger.date} → ${merger.to})`;
    const to = byCode.get(merger.to);
    if (!to) {
      issues.push({
        file,
        item,
        rule: 'known-code',
        message: `"to" ${merger.to} is not in ${REFERENCE_FILES.municipalities}`,
      });
    } else if (!isValidOn(to, merger.date)) {
      issues.push({
        file,
        item,
        rule: 'to-valid-on-date',
        message: `"to" ${merger.to} does not exist on ${merger.date}`,
      });
    }
    for (const code of merger.from) {
      const from = byCode.get(code);
      if (code === merger.to) {
        issues.push({ file, item, rule: 'not-to-itself', message: `${code} merges into itself` });
      } else if (!from) {
        issues.push({
          file,
          item,
          rule: 'known-code',
          message: `"from" ${code} is not in ${REFERENCE_FILES.municipalities}`,
        });
      } else if (from.validUntil !== merger.date) {
        issues.push({
          file,
          item,
          rule: 'from-ends-on-date',
          message: `"from" ${code} has validUntil ${from.validUntil ?? 'null'}, expected ${merger.date}`,
        });
      }
      if (seenFrom.has(code)) {
        issues.push({
          file,
          item,
          rule: 'single-successor',
          message: `${code} is in "from" of more than one merger`,
        });
      }
      seenFrom.add(code);
    }
    if (merger.split) issues.push(...checkSplit(merger, item, byCode));
  });
  return issues;
}

/**
 * A split must say where every address goes, or say that it cannot: each successor exists on
 * the date, and no residence or postal code points two ways.
 */
function checkSplit(
  merger: ReferenceData['mergers'][number],
  item: string,
  byCode: ReadonlyMap<string, ReferenceData['municipalities'][number]>,
): ReferenceIssue[] {
  const file = REFERENCE_FILES.mergers;
  const split = merger.split;
  if (!split) return [];
  const issues: ReferenceIssue[] = [];
  if (merger.from.length !== 1) {
    issues.push({ file, item, rule: 'split-one-code', message: 'a split names exactly one "from" code' });
  }
  const successors = [...split.parts.map((p) => p.to), ...(split.rest === null ? [] : [split.rest])];
  for (const code of successors) {
    const to = byCode.get(code);
    if (!to || !isValidOn(to, merger.date)) {
      issues.push({
        file,
        item,
        rule: 'split-successor-valid',
        message: `successor ${code} does not exist on ${merger.date}`,
      });
    }
  }
  if (!successors.includes(merger.to)) {
    issues.push({
      file,
      item,
      rule: 'split-to',
      message: `"to" ${merger.to} is not one of the split's successors`,
    });
  }
  const ambiguous = (values: string[], what: string) => {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) {
        issues.push({
          file,
          item,
          rule: 'split-unambiguous',
          message: `${what} ${value} is in more than one part`,
        });
      }
      seen.add(value);
    }
  };
  ambiguous(
    split.parts.flatMap((p) => p.residences.map((r) => r.toUpperCase())),
    'residence',
  );
  ambiguous(
    split.parts.flatMap((p) => p.postalCodes),
    'postal code',
  );
  return issues;
}

function checkInstitutions({ institutions, municipalities }: ReferenceData): ReferenceIssue[] {
  const file = REFERENCE_FILES.institutions;
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const issues = [
    ...duplicates(file, institutions, (i) => i.code),
    // Two institutions at one address would make "is this a DJI address?" ambiguous. Only
    // complete addresses take part: those are the ones institutionAtAddress can match.
    ...duplicates(
      file,
      institutions.filter((i) => i.postalCode !== null && i.houseNumber !== null),
      (i) => `${i.postalCode} ${i.houseNumber}`,
      'unique-address',
    ),
  ];
  for (const institution of institutions) {
    const item = institution.code;
    const missing = (['street', 'houseNumber', 'postalCode'] as const).filter((p) => institution[p] === null);
    // A null part must be a known gap, not an accident of editing: the note has to own it.
    if (missing.length > 0 && !INCOMPLETE_ADDRESS_NOTE.test(institution.note ?? '')) {
      issues.push({
        file,
        item,
        rule: 'incomplete-address-noted',
        message: `${missing.join(', ')} null, but the note does not say "address incomplete"`,
      });
    }
    // Verified means a public page confirmed the whole address: a half-known address cannot be.
    if (institution.addressVerified && missing.length > 0) {
      issues.push({
        file,
        item,
        rule: 'verified-address-complete',
        message: `addressVerified is true but ${missing.join(', ')} null`,
      });
    }
    const prefix = institution.code.split('-')[0] ?? '';
    if (SECTOR_OF_PREFIX[prefix] !== institution.sector) {
      issues.push({
        file,
        item,
        rule: 'code-matches-sector',
        message: `prefix ${prefix} does not fit sector ${institution.sector}`,
      });
    }
    const municipality = byCode.get(institution.municipalityCode);
    if (!municipality) {
      issues.push({
        file,
        item,
        rule: 'known-municipality',
        message: `municipalityCode ${institution.municipalityCode} is not in ${REFERENCE_FILES.municipalities}`,
      });
    } else if (municipality.validUntil !== null) {
      issues.push({
        file,
        item,
        rule: 'current-municipality',
        message: `municipalityCode ${institution.municipalityCode} ceased on ${municipality.validUntil}`,
      });
    }
  }
  return issues;
}

function checkOffences({ offences, offenceGroups }: ReferenceData): ReferenceIssue[] {
  const file = REFERENCE_FILES.offences;
  const groups = new Set(offenceGroups.map((g) => g.code));
  const issues = overlappingNumberings(file, offences);
  for (const offence of offences) {
    const item = offence.code;
    if (
      offence.validFrom !== null &&
      offence.validUntil !== null &&
      offence.validUntil <= offence.validFrom
    ) {
      issues.push({
        file,
        item,
        rule: 'valid-period',
        message: `validUntil ${offence.validUntil} is not after validFrom ${offence.validFrom}`,
      });
    }
    const expected = `${offence.law} ${offence.article}`;
    // Lookups normalise their input, so a code that is not in canonical form could never be found.
    if (offence.code !== expected || normalizeOffenceCode(offence.code) !== offence.code) {
      issues.push({ file, item, rule: 'code-format', message: `code must be the canonical "${expected}"` });
    }
    if (!groups.has(offence.scmMainGroup)) {
      issues.push({
        file,
        item,
        rule: 'known-offence-group',
        message: `scmMainGroup ${offence.scmMainGroup} is not in ${REFERENCE_FILES.offenceGroups}`,
      });
    }
  }
  return issues;
}

/**
 * One code may name different offences over time (a renumbered title), but never two at once:
 * on any date a code must have one meaning, or a title could not be classified.
 */
function overlappingNumberings(file: string, offences: ReferenceData['offences']): ReferenceIssue[] {
  const byCode = new Map<string, ReferenceData['offences']>();
  for (const o of offences) byCode.set(o.code, [...(byCode.get(o.code) ?? []), o]);
  const issues: ReferenceIssue[] = [];
  for (const [code, versions] of byCode) {
    // A null validFrom means "before the list's horizon": the earliest possible start.
    const sorted = [...versions].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1];
      const after = sorted[i];
      if (before === undefined || after === undefined) continue;
      if (before.validUntil === null || (after.validFrom ?? '') < before.validUntil) {
        const period = (o: typeof before) =>
          `from ${o.validFrom ?? 'the start of the list'} until ${o.validUntil ?? 'now'}`;
        issues.push({
          file,
          item: code,
          rule: 'no-overlapping-periods',
          message: `${code} is valid ${period(before)} and ${period(after)}: the periods overlap`,
        });
      }
    }
  }
  return issues;
}

function checkTitles({ titles }: ReferenceData): ReferenceIssue[] {
  const file = REFERENCE_FILES.titles;
  const issues = duplicates(file, titles, (t) => t.kind, 'unique-kind');
  const present = new Set(titles.map((t) => t.kind));
  for (const kind of TITLE_KINDS.filter((k) => !present.has(k))) {
    issues.push({ file, item: kind, rule: 'every-kind', message: `title kind ${kind} is missing` });
  }
  return issues;
}

function duplicates<T>(
  file: string,
  items: readonly T[],
  key: (item: T) => string,
  rule = 'unique-code',
): ReferenceIssue[] {
  const seen = new Set<string>();
  const issues: ReferenceIssue[] = [];
  for (const item of items) {
    const value = key(item);
    if (seen.has(value)) issues.push({ file, item: value, rule, message: `${value} occurs more than once` });
    seen.add(value);
  }
  return issues;
}
