/**
 * Duplicate-candidate detection: does a new person resemble a known one? The
 * SKDB never merges on its own; Justid's Matching Autoriteit decides. We only
 * report candidates: the same BSN, or the same birth date, the same first
 * initial and a surname that is the same after normalisation or a typo away.
 */
import { distance } from 'fastest-levenshtein';
import type { DuplicateCandidate, Person } from './model.ts';

/** Names this similar (1 − edit distance / length) or more are reported. */
export const NAME_SIMILARITY_THRESHOLD = 0.85;

/** Dutch surname prefixes (tussenvoegsels) that registrations write in different places. */
const PREFIXES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  'te',
  'la',
  'le',
  'du',
  'da',
  'di',
  "'t",
  'in',
  'op',
  'aan',
  'uit',
  'el',
  'al',
]);

/** Lower case, no diacritics, no punctuation, no tussenvoegsels: "van der Berg-Ölçer" → "berg olcer". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z' ]+/g, ' ')
    .split(/\s+/)
    .filter((part) => part.length > 0 && !PREFIXES.has(part))
    .join(' ');
}

export function nameSimilarity(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 0;
  return 1 - distance(x, y) / longest;
}

/** Similar enough to report: one typo in any name of four letters or more, or a close match in a longer one. */
export function namesResemble(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (Math.min(x.length, y.length) >= 4 && distance(x, y) <= 1) return true;
  return nameSimilarity(a, b) >= NAME_SIMILARITY_THRESHOLD;
}

/** The first given name's initial, which registrations spell most consistently. */
export function givenNameInitial(givenNames: string): string {
  return normalizeName(givenNames).charAt(0);
}

/**
 * Candidates for `person` among `known` (persons sharing its BSN or birth
 * date, as the store selects them). Pure; the store records the result.
 */
export function findDuplicateCandidates(person: Person, known: readonly Person[]): DuplicateCandidate[] {
  const out: DuplicateCandidate[] = [];
  for (const other of known) {
    if (other.skn === person.skn) continue;
    if (person.bsn !== null && other.bsn === person.bsn) {
      out.push({ skn: person.skn, candidateSkn: other.skn, reason: 'same-bsn', score: 1 });
      continue;
    }
    if (other.birthDate !== person.birthDate) continue;
    if (person.bsn !== null && other.bsn !== null) continue; // two different valid BSNs: two people
    if (
      namesResemble(person.surname, other.surname) &&
      givenNameInitial(person.givenNames) === givenNameInitial(other.givenNames)
    ) {
      const score = nameSimilarity(person.surname, other.surname);
      out.push({ skn: person.skn, candidateSkn: other.skn, reason: 'similar-name-same-birth-date', score });
    }
  }
  return out;
}
