/**
 * Law-article codes as the event contract writes them: the law's
 * abbreviation, one space, the article number with its suffix letters in
 * lower case (`Sr 242`, `Sr 248a`, `Sr 417bis`, `Opiumwet 10a`).
 *
 * Source systems and people type them in many ways (`sr242`, `Sr. 242`,
 * `art. 242 Sr`); normalising once here keeps every lookup exact.
 */

/** Known law abbreviations, keyed in lower case, with their canonical spelling. */
const LAWS: Readonly<Record<string, string>> = {
  sr: 'Sr',
  wvsr: 'Sr',
  opiumwet: 'Opiumwet',
  ow: 'Opiumwet',
  opw: 'Opiumwet',
  wwm: 'WWM',
  wvw: 'WVW',
  wed: 'WED',
};

// Article suffixes in Dutch statutes: one or two letters (248a, 138ab) or a Latin ordinal (417bis).
const SUFFIX = '((?:bis|ter|quater|quinquies|sexies|septies|octies|[a-z]{1,2})?)';
// "Sr 242", "sr242", "Sr. 248 a"; "art" is no law, it starts the other form.
const LAW_FIRST = new RegExp(String.raw`^(?!art(?:ikel)?\b)([a-z]+)\.?\s*(\d+)\s*${SUFFIX}$`, 'i');
// "art. 242 Sr", "artikel 248a Sr", "242 Sr"
const ARTICLE_FIRST = new RegExp(String.raw`^(?:art(?:ikel)?\.?\s*)?(\d+)\s*${SUFFIX}\s+([a-z]+)\.?$`, 'i');

/**
 * The canonical form of a law-article code, or `undefined` when the input is
 * not shaped like one. An unknown law abbreviation is kept as written, so the
 * caller's lookup fails instead of matching the wrong law.
 */
export function normalizeOffenceCode(input: string): string | undefined {
  const text = input.trim();
  const articleFirst = ARTICLE_FIRST.exec(text);
  if (articleFirst) return canonical(articleFirst[3], articleFirst[1], articleFirst[2]);
  const lawFirst = LAW_FIRST.exec(text);
  if (lawFirst) return canonical(lawFirst[1], lawFirst[2], lawFirst[3]);
  return undefined;
}

function canonical(law = '', digits = '', suffix = ''): string {
  const lawName = LAWS[law.toLowerCase()] ?? law;
  return `${lawName} ${Number(digits)}${suffix.toLowerCase()}`;
}

/**
 * What a `jo` part of an offence code adds to the article (the general part
 * of the Wetboek van Strafrecht): art. 45 attempt, art. 46 preparation,
 * art. 47 participation (doing, having done, co-perpetrating, inciting),
 * art. 48 complicity (aiding).
 */
export const OFFENCE_MODIFIERS = {
  45: 'attempt',
  46: 'preparation',
  47: 'participation',
  48: 'complicity',
} as const;
export type OffenceModifier = (typeof OFFENCE_MODIFIERS)[keyof typeof OFFENCE_MODIFIERS];

const MODIFIER_ARTICLE: Readonly<Record<OffenceModifier, number>> = {
  attempt: 45,
  preparation: 46,
  participation: 47,
  complicity: 48,
};

/** An offence code read as the law writes it: the article, and what the `jo` parts add to it. */
export interface ParsedOffence {
  /** The article in canonical form (normalizeOffenceCode), e.g. `Sr 287`. */
  base: string;
  /** The `jo` parts in the order written; empty for the offence itself. */
  modifiers: OffenceModifier[];
}

// "jo", "jo." or "juncto" between the article and each general-part article.
const JUNCTO = /\s+(?:juncto|jo)\.?\s*/i;
// "45", "art. 45", "artikel 47 Sr", "Sr 48": the general part is always the Sr's.
const MODIFIER_PART = /^(?:art(?:ikel)?\.?\s*)?(?:sr\.?\s*)?(4[5-8])(?:\s*sr\.?)?$/i;

/**
 * Reads `Sr 287 jo 45`, `Sr 242 jo. 47`, `art. 287 Sr juncto art. 45 Sr` or
 * `Sr 141 jo 47 jo 45` into the article and its modifiers. The article may be
 * in any spelling normalizeOffenceCode accepts; a `jo` part must name one of
 * art. 45–48 Sr. Anything else (another `jo` article, a missing article,
 * garbage) is `undefined`: the offence is unknown, never a guess.
 */
export function parseOffenceCode(input: string): ParsedOffence | undefined {
  const [first = '', ...parts] = input.trim().split(JUNCTO);
  const base = normalizeOffenceCode(first);
  if (base === undefined) return undefined;
  const modifiers: OffenceModifier[] = [];
  for (const part of parts) {
    const match = MODIFIER_PART.exec(part.trim());
    if (!match) return undefined;
    modifiers.push(OFFENCE_MODIFIERS[Number(match[1]) as keyof typeof OFFENCE_MODIFIERS]);
  }
  return { base, modifiers };
}

/** The canonical code of a parsed offence: `Sr 287 jo 45`. */
export function formatOffenceCode(offence: ParsedOffence): string {
  return [offence.base, ...offence.modifiers.map((m) => `jo ${MODIFIER_ARTICLE[m]}`)].join(' ');
}
