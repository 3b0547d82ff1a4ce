/**
 * Why a notice went (or could not go) where it went, as codes with their parameters, and the
 * one place their words live: English for the API's `explanation` and the logs (the words the
 * operators' explanation always had), Dutch for the portal. Both tables are keyed by the code,
 * so a new code without its Dutch text does not compile, and routing-texts.test.ts checks every
 * code. Only the dates are formatted here; everything else comes in as parameters.
 */

export const ROUTING_CODES = [
  'fixed',
  'leave-address',
  'brp-address',
  'no-brp-address',
  'only-institution-addresses',
  'unverified-institution-address',
  'unknown-offence',
  'not-participating',
  'no-active-user',
] as const;
export type RoutingCode = (typeof ROUTING_CODES)[number];

/**
 * How an address was placed in a municipality (the `placement` parameter of `leave-address`
 * and `brp-address`): in the municipality of its code, in the one its code merged into, in a
 * part of a split one, or nowhere.
 */
export const PLACEMENTS = [
  'same',
  'merged',
  'split',
  'unknown-code',
  'not-resolved',
  'split-unplaced',
] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** One part of a routing explanation: its code and the values its text names (all strings). */
export interface RoutingReason {
  code: RoutingCode;
  params: Readonly<Record<string, string>>;
}

type Params = Readonly<Record<string, string>>;
type Texts = { readonly [C in RoutingCode]: (p: Params) => string };
type PlacementTexts = { readonly [P in Placement]: (p: Params) => string };

// --- English: the words the explanation had before it had codes ------------------------------

const BY_EN: Readonly<Record<string, (p: Params) => string>> = {
  residence: (p) => `its residence ${p.city}`,
  'postal-code': (p) => `its postal code ${p.postalCode}`,
  rest: () => 'naming none of the other parts',
};

const PLACEMENT_EN: PlacementTexts = {
  same: (p) => `in ${p.code} ${p.name}`,
  merged: (p) => `in ${p.code}, on ${p.date} merged into ${p.to} ${p.name}`,
  split: (p) =>
    `in ${p.from}, split on ${p.date}: by ${BY_EN[p.by ?? '']?.(p) ?? p.by} it lies in ${p.to} ${p.name}`,
  'unknown-code': (p) => `in ${p.code}, a municipality code that is not known`,
  'not-resolved': (p) => `not placed: municipality code ${p.code} is not known`,
  'split-unplaced': (p) =>
    `not placed: ${p.from} ${p.fromName} was split on ${p.date} (${p.successors}); ` +
    `the address's residence "${p.city}" and postal code ${p.postalCode} name none of them`,
};
const placedEn = (p: Params) => PLACEMENT_EN[p.placement as Placement](p);

const ENGLISH: Texts = {
  fixed: (p) => `always to ${p.recipient}`,
  'leave-address': (p) => `the entered leave address (${p.address}) is ${placedEn(p)}`,
  'brp-address': (p) =>
    `the last BRP address that is not a DJI institution's (valid from ${p.validFrom}: ${p.address}) is ${placedEn(p)}`,
  'no-brp-address': () => 'no BRP address',
  'only-institution-addresses': () => 'only DJI institution addresses (or none yet valid) in the BRP',
  'unverified-institution-address': (p) =>
    'not trusted: it was registered on or after the admission in the municipality of ' +
    `${p.institutions || 'an institution of the episode'}, whose address is not verified, so it may be ` +
    'the institution and not a home: an operator decides',
  'unknown-offence': (p) =>
    `unknown offence ${p.offences || '(not named)'}: the reference data cannot tell whether BIJ applies, so an operator decides`,
  'not-participating': () => 'the municipality takes no part in this box on the date of the notice',
  'no-active-user': () => "the municipality's box has no active user",
};

// --- Dutch: as an officer of a municipality or the ministry reads it -------------------------

const DATE_NL = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** A calendar date (YYYY-MM-DD) as "1 januari 2021"; anything else as it came. */
function dateNl(date: string | undefined): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date ?? '';
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : DATE_NL.format(parsed);
}

/** "de gemeente Vught (GM0865)", or the code alone when the name is not known. */
const municipalityNl = (code: string | undefined, name: string | undefined) =>
  name ? `de gemeente ${name} (${code})` : `gemeentecode ${code}`;
const formerNl = (code: string | undefined, name: string | undefined) =>
  name ? `de voormalige gemeente ${name} (${code})` : `gemeentecode ${code}`;

const BY_NL: Readonly<Record<string, (p: Params) => string>> = {
  residence: (p) => `op grond van de woonplaats ${p.city} hoort het adres bij`,
  'postal-code': (p) => `op grond van de postcode ${p.postalCode} hoort het adres bij`,
  rest: () => 'woonplaats en postcode horen bij geen van de andere delen, dus hoort het adres bij',
};

/** The placement with its verb: "ligt in …", "heeft gemeentecode …", "is niet te plaatsen: …". */
const PLACEMENT_NL: PlacementTexts = {
  same: (p) => `ligt in ${municipalityNl(p.code, p.name)}`,
  merged: (p) =>
    `ligt in ${formerNl(p.code, p.fromName)}, op ${dateNl(p.date)} opgegaan in ${municipalityNl(p.to, p.name)}`,
  split: (p) =>
    `ligt in ${formerNl(p.from, p.fromName)}, op ${dateNl(p.date)} opgedeeld; ` +
    `${BY_NL[p.by ?? '']?.(p) ?? p.by} ${municipalityNl(p.to, p.name)}`,
  'unknown-code': (p) => `heeft gemeentecode ${p.code}, die niet bekend is`,
  'not-resolved': (p) => `is niet in een gemeente te plaatsen: gemeentecode ${p.code} is niet bekend`,
  'split-unplaced': (p) =>
    `is niet in een gemeente te plaatsen: ${formerNl(p.from, p.fromName)} is op ${dateNl(p.date)} ` +
    `opgedeeld (${p.successors}); de woonplaats ${p.city} en de postcode ${p.postalCode} horen bij geen van de delen`,
};
const placedNl = (p: Params) => PLACEMENT_NL[p.placement as Placement](p);

/** The fixed recipients by name; a municipality code as it is. */
const RECIPIENT_NL: Readonly<Record<string, string>> = {
  RVDK: 'de Raad voor de Kinderbescherming (RVDK)',
  'CJIB-IDV': 'het slachtofferloket van het CJIB (CJIB-IDV)',
};

const DUTCH: Texts = {
  fixed: (p) => `altijd naar ${RECIPIENT_NL[p.recipient ?? ''] ?? p.recipient}`,
  'leave-address': (p) => `het opgegeven verlofadres (${p.address}) ${placedNl(p)}`,
  'brp-address': (p) =>
    `het laatste BRP-adres dat geen adres van een DJI-inrichting is (geldig vanaf ${dateNl(p.validFrom)}: ` +
    `${p.address}) ${placedNl(p)}`,
  'no-brp-address': () => 'de BRP kent geen adres van deze persoon',
  'only-institution-addresses': () =>
    'de BRP kent alleen adressen van DJI-inrichtingen (of nog geen adres dat al geldt)',
  'unverified-institution-address': (p) =>
    'het adres is niet betrouwbaar: het is op of na de opname ingeschreven in de gemeente van ' +
    `${p.institutions || 'een inrichting van deze detentie'}, waarvan het adres niet is geverifieerd; ` +
    'het kan dus het adres van de inrichting zijn en geen woonadres: een operator beslist',
  'unknown-offence': (p) => {
    const many = (p.offences ?? '').includes(',');
    const what = p.offences
      ? `${many ? 'de feiten' : 'het feit'} ${p.offences} ${many ? 'staan' : 'staat'}`
      : 'een feit staat';
    return `${what} niet in de referentiegegevens, dus is niet vast te stellen of BIJ geldt: een operator beslist`;
  },
  'not-participating': () => 'de gemeente neemt op de datum van het bericht niet deel aan deze berichtenbox',
  'no-active-user': () => 'de berichtenbox van de gemeente heeft geen actieve gebruiker',
};

/** The parts in English, joined as the explanation always joined them. */
export function englishRouting(reasons: readonly RoutingReason[]): string {
  return reasons.map((r) => ENGLISH[r.code](r.params)).join('; ');
}

/** The parts in Dutch; each part starts lower case, so the portal can put it after a label. */
export function dutchRouting(reasons: readonly RoutingReason[]): string {
  return reasons.map((r) => DUTCH[r.code](r.params)).join('; ');
}
