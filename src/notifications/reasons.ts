/**
 * Why a rule that reacted to an event made no notice, as a code with its parameters, and
 * the one place its words live: English for `replay --explain` (the replay contract's
 * `reason`) and the logs, Dutch for the portal. Both tables are keyed by the code, so a new
 * reason without its Dutch text does not compile, and reasons.test.ts checks every code.
 * This file imports nothing: the portal reads it too.
 */

export const SKIP_CODES = [
  'title-kind',
  'not-irrevocable',
  'short-sentence',
  'no-qualifying-offence',
  'no-title-in-force',
  'risk18b-prison-only',
  'risk18b-not-in-rule-set',
  'no-case-number',
  'no-victim-registration',
] as const;
export type SkipCode = (typeof SKIP_CODES)[number];

/** A reason: its code and the values its text names (all strings, as stored). */
export interface SkipReason {
  code: SkipCode;
  params: Readonly<Record<string, string>>;
}

type Texts = { readonly [C in SkipCode]: (p: Readonly<Record<string, string>>) => string };

/** ` (case X)` when the reason is about one case. */
const caseOf = (p: Readonly<Record<string, string>>, word: string) =>
  p.caseNumber ? ` (${word} ${p.caseNumber})` : '';

const ENGLISH: Texts = {
  'title-kind': (p) => `title ${p.kind} in ${p.sector}: BIJ covers ${p.expected} only${caseOf(p, 'case')}`,
  'not-irrevocable': (p) => `the ${p.kind} is not irrevocable${caseOf(p, 'case')}`,
  'short-sentence': (p) => `${p.categories} with a sentence under ${p.minDays} days${caseOf(p, 'case')}`,
  'no-qualifying-offence': (p) =>
    `no ${p.categories} offence among ${p.offences || 'the offences'}${caseOf(p, 'case')}`,
  'no-title-in-force': (p) => `no title in force on ${p.date}`,
  'risk18b-prison-only': () => 'art. 18b Pbw applies to the prison system (GW) only',
  'risk18b-not-in-rule-set': (p) => `not in rule set ${p.ruleSet} (18b notices exist since September 2023)`,
  'no-case-number': () => 'no title of the episode has a case number',
  'no-victim-registration': (p) => `no victim registration in case ${p.cases}`,
};

/** The contract's title kinds in Dutch (the portal's labels are these, capitalised). */
export const TITLE_KIND_NAMES: Readonly<Record<string, string>> = {
  'pre-trial': 'voorlopige hechtenis',
  'prison-sentence': 'gevangenisstraf',
  'substitute-detention': 'vervangende hechtenis',
  'tbs-dwangverpleging': 'tbs met dwangverpleging',
  pij: 'PIJ-maatregel',
};
const CATEGORY_NL: Readonly<Record<string, string>> = {
  'serious-violent': 'zwaar geweldsmisdrijf',
  sexual: 'zedenmisdrijf',
  arson: 'brandstichting',
};
const nl = (table: Readonly<Record<string, string>>, value: string | undefined) =>
  value === undefined ? '' : (table[value] ?? value);
/** A list as the English text joins it (`a or b`, `a/b`), in Dutch. */
const categoriesNl = (value: string | undefined) =>
  (value ?? '')
    .split(/ or |\//)
    .filter(Boolean)
    .map((c) => nl(CATEGORY_NL, c))
    .join(' of ');

const DUTCH: Texts = {
  'title-kind': (p) =>
    `titel ${nl(TITLE_KIND_NAMES, p.kind)} in ${p.sector}: BIJ geldt alleen voor ${nl(TITLE_KIND_NAMES, p.expected)}${caseOf(p, 'parketnummer')}`,
  'not-irrevocable': (p) =>
    `de ${nl(TITLE_KIND_NAMES, p.kind)} is niet onherroepelijk${caseOf(p, 'parketnummer')}`,
  'short-sentence': (p) =>
    `${categoriesNl(p.categories)} met een straf korter dan ${p.minDays} dagen${caseOf(p, 'parketnummer')}`,
  'no-qualifying-offence': (p) =>
    `geen ${categoriesNl(p.categories)} onder ${p.offences || 'de feiten'}${caseOf(p, 'parketnummer')}`,
  'no-title-in-force': (p) => `geen titel van kracht op ${p.date}`,
  'risk18b-prison-only': () => 'art. 18b Pbw geldt alleen voor het gevangeniswezen (GW)',
  'risk18b-not-in-rule-set': (p) =>
    `niet in regelset ${p.ruleSet} (18b-meldingen bestaan sinds september 2023)`,
  'no-case-number': () => 'geen titel van deze detentie heeft een parketnummer',
  'no-victim-registration': (p) =>
    `geen slachtofferregistratie in zaak ${(p.cases ?? '').split(' or ').join(' of ')}`,
};

export function englishReason(reason: SkipReason): string {
  return ENGLISH[reason.code](reason.params);
}

export function dutchReason(reason: SkipReason): string {
  return DUTCH[reason.code](reason.params);
}

export function isSkipCode(value: unknown): value is SkipCode {
  return typeof value === 'string' && (SKIP_CODES as readonly string[]).includes(value);
}
