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
  wwm: 'WWM',
  wvw: 'WVW',
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
