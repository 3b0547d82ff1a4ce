/**
 * Reference data: the code lists that make the chain speak one language.
 * Every list is shipped as a JSON file under `data/` with its source and date
 * (see data/SOURCES.md); dates are Dutch calendar dates (`YYYY-MM-DD`).
 */

/** A Dutch calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

/** Where a reference list comes from: shown in the API and the CLI. */
export interface ReferenceSource {
  /**
   * The list this describes: `municipalities`, `municipality-mergers`, `institutions`, `offences`,
   * `offence-groups`, `titles`.
   */
  list: string;
  /** Who publishes the original, e.g. "CBS, Gebieden in Nederland". */
  publisher: string;
  /** Title and/or address of the original publication. */
  title: string;
  /** The licence of the original (CC BY 4.0, public domain (Auteurswet art. 11), ...). */
  licence: string;
  /** The date the list was compiled from its source. */
  retrieved: CalendarDate;
  /** What was done to the original, and known limits. */
  notes: string;
}

export interface Municipality {
  /** CBS code: `GM` + 4 digits. */
  code: string;
  name: string;
  /** Province name in Dutch, e.g. "Noord-Holland". */
  province: string;
  /** First day the code exists in this list (at least as far back as the list goes). */
  validFrom: CalendarDate;
  /** First day the code no longer exists (exclusive end); `null` while current. */
  validUntil: CalendarDate | null;
  /** Inhabitants (CBS, rounded), used to weigh the simulation; `null` for former municipalities. */
  population: number | null;
}

/**
 * A municipal boundary change in which codes stopped existing. From `date` on,
 * every code in `from` routes to `to`. When a municipality was split over
 * several successors, `to` is the one that took over most inhabitants (for
 * questions that know only the code, such as statistics), and `split` says
 * where each of its places went: an address is routed by that, never by `to`.
 */
export interface MunicipalityMerger {
  date: CalendarDate;
  from: string[];
  to: string;
  split?: MunicipalitySplit;
  note?: string;
}

/**
 * Where the places of a split municipality (a merger with one `from` code)
 * went. An address finds its successor by its residence (BRP woonplaats) or,
 * failing that, by the 4 digits of its postal code; `rest` takes every
 * address of the old code that neither names, or is null when the parts cover
 * the whole municipality, so that an address matching none is not guessed.
 */
export interface MunicipalitySplit {
  parts: MunicipalitySplitPart[];
  rest: string | null;
  /** Where the places and postal codes come from, and which of them a public source confirmed. */
  source: string;
}

export interface MunicipalitySplitPart {
  to: string;
  /** BRP woonplaats names, matched without regard to case. */
  residences: string[];
  /** PC4 areas (`5268`) that lie wholly in this part; an area shared with another part is left out. */
  postalCodes: string[];
}

export type Sector = 'GW' | 'JJI' | 'TBS';

export interface Institution {
  /** Stable project code, e.g. `PI-VUGHT`, `JJI-DE-HUNNERBERG`, `FPC-PIETER-BAAN`. */
  code: string;
  name: string;
  sector: Sector;
  /**
   * The address parts are `null` where no public source could confirm them;
   * the entry's `note` then says that the address is incomplete (checked when
   * the list is loaded). Only an institution with postal code and house number
   * can be recognised by its address (ReferenceCatalog.institutionAtAddress).
   */
  street: string | null;
  houseNumber: string | null;
  /** Without a space, in capitals: `1234AB`. */
  postalCode: string | null;
  /** The place (BRP woonplaats), known for every institution. */
  city: string;
  municipalityCode: string;
  /** Approximate number of places (public figures, rounded), to weigh the simulation. */
  capacity: number;
  /**
   * Where the address comes from: the page or document and the date it was read
   * (e.g. "https://www.dji.nl/locaties/... (read 2026-11-23)").
   */
  addressSource: string;
  /**
   * True only when a public page that was read confirms the whole address
   * (street, number, postal code, place). Until then the notification rules
   * do not trust a BRP address in the institution's municipality registered
   * after the admission: it may be the institution's own.
   */
  addressVerified: boolean;
  /** How a mayor reaches the institution (the BIJ notice): general number and location page. */
  contact: InstitutionContact;
  /**
   * How far the entry was checked (e.g. whether the address is verified), for
   * whoever maintains the list. Required in substance when an address part is
   * null: it must then contain "address incomplete".
   */
  note?: string;
}

export interface InstitutionContact {
  phone: string | null;
  url: string | null;
}

/**
 * The categories the notification rules ask about. `serious-violent` and
 * `sexual` are the BIJ-relevant ones (art. 11a BJSG); `arson` becomes relevant
 * under the planned extension.
 */
export const OFFENCE_CATEGORIES = [
  'sexual',
  'serious-violent',
  'arson',
  'violent',
  'property',
  'drugs',
  'public-order',
  'other',
] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

/**
 * One article of a law in one numbering. A law can renumber its articles (the Wet seksuele
 * misdrijven replaced title XIV of the Sr on 2024-07-01), so one code can have several
 * entries, one per validity period; the periods of one code never overlap (validate.ts).
 */
export interface LawArticle {
  /** Law abbreviation and article, as events write them: `Sr 242`, `Opiumwet 10`. */
  code: string;
  /** The law's abbreviation: `Sr`, `Opiumwet`, `WWM`, `WVW`, `WED`. */
  law: string;
  article: string;
  /** Short Dutch description ("verkrachting"). */
  description: string;
  category: OffenceCategory;
  /** CBS Standaardclassificatie Misdrijven 2010 main group code, e.g. "1" (vermogensmisdrijven). */
  scmMainGroup: string;
  /**
   * First day the article holds this meaning; `null` when that lies before the text the list was
   * read from and was not recorded (data/SOURCES.md).
   */
  validFrom: CalendarDate | null;
  /** First day it no longer does (exclusive end); `null` while in force. */
  validUntil: CalendarDate | null;
  /** How far this entry was checked, where that differs from what the list's source says. */
  note?: string;
}

/** A main group of the CBS Standaardclassificatie Misdrijven 2010, e.g. `{ code: "1", name: "Vermogensmisdrijven" }`. */
export interface OffenceGroup {
  code: string;
  name: string;
}

export type DetentionTitleKind =
  | 'pre-trial'
  | 'prison-sentence'
  | 'substitute-detention'
  | 'tbs-dwangverpleging'
  | 'pij';

export interface DetentionTitle {
  kind: DetentionTitleKind;
  /** Dutch name, e.g. "Voorlopige hechtenis". */
  name: string;
  /** The sectors in which this title is executed. */
  sectors: Sector[];
  /** The legal basis, e.g. "art. 63 Sv". */
  legalBasis: string;
  description: string;
}

export interface ReferenceData {
  sources: ReferenceSource[];
  municipalities: Municipality[];
  mergers: MunicipalityMerger[];
  institutions: Institution[];
  offences: LawArticle[];
  offenceGroups: OffenceGroup[];
  titles: DetentionTitle[];
}
