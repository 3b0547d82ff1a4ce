/**
 * The reference catalog: the shipped lists (data/*.json), checked once when
 * loaded and indexed once, so that every lookup after that is a map read.
 *
 * Two questions matter most to the notification rules:
 * - which municipality does a (possibly old) CBS code stand for on a date?
 *   Municipalities merge almost every year; a code that stopped existing
 *   routes to its successor, following the chain (resolveMunicipality);
 * - is an address a DJI institution? People held long are often registered
 *   at the institution, and those addresses must be skipped (institutionAtAddress).
 *   Only institutions whose postal code and house number are known can be
 *   recognised, so that exclusion works for complete addresses only; an
 *   address at an institution whose entry lacks them is taken for a home
 *   (the routing then distrusts addresses near an unverified institution).
 *
 * A municipality that was split (Haaren, 2021) has no single successor: an
 * address of it is placed by its residence or postal code (resolveAddressMunicipality).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compile } from 'typebox/compile';
import { todayInNetherlands } from '../platform/dates.ts';
import type {
  CalendarDate,
  DetentionTitle,
  DetentionTitleKind,
  Institution,
  LawArticle,
  Municipality,
  MunicipalityMerger,
  MunicipalitySplit,
  OffenceGroup,
  ReferenceData,
  ReferenceSource,
} from './model.ts';
import { parseOffenceCode } from './offence-code.ts';
import { isCalendarDate, isValidOn } from './period.ts';
import {
  DetentionTitleSchema,
  InstitutionSchema,
  LawArticleSchema,
  listFileSchema,
  MunicipalityMergerSchema,
  MunicipalitySchema,
  OffenceGroupSchema,
} from './schema.ts';
import {
  REFERENCE_FILES,
  ReferenceDataError,
  type ReferenceIssue,
  validateReferenceData,
} from './validate.ts';

export interface ReferenceCatalog {
  /** The lists themselves, as loaded, with their sources. */
  readonly data: ReferenceData;
  municipality(code: string): Municipality | undefined;
  /**
   * The municipality a code stands for on a date, following mergers: GM0457
   * (Weesp) is Weesp on 2022-03-23 and Amsterdam from 2022-03-24. A code
   * asked about before its validFrom stays itself; an unknown code is undefined.
   */
  resolveMunicipality(code: string, date: CalendarDate): Municipality | undefined;
  /**
   * The municipality an address lies in on a date. Like resolveMunicipality, but a code that
   * was split goes to the successor its residence (woonplaats) or postal code names, never to
   * one successor for all; an address that names none gets a reason instead of a guess.
   */
  resolveAddressMunicipality(address: AddressForMunicipality, date: CalendarDate): AddressMunicipality;
  /** The municipalities that exist on a date, sorted by code. */
  municipalitiesOn(date: CalendarDate): Municipality[];
  institution(code: string): Institution | undefined;
  /**
   * The DJI institution at an address; postal codes match without spaces and case-insensitively.
   * Institutions without a postal code or house number in the reference data are never found:
   * an address at one of them reads as an ordinary address until its entry is completed.
   */
  institutionAtAddress(address: { postalCode: string; houseNumber: string }): Institution | undefined;
  /**
   * A law article by code, in any spelling normalizeOffenceCode accepts (`sr242`, `Sr. 242`),
   * in the numbering in force on `onDate` (default: today in the Netherlands): `Sr 242` is
   * verkrachting on 2023-05-01 and schuldverkrachting on 2025-01-01. An article repealed before
   * the date is still found in its last meaning, because a title cites the law as it stood when
   * the offence was committed (art. 1 Sr); one that came into force after the date is not.
   * A code with the law's notation (`Sr 287 jo 45`, see parseOffenceCode) is classified as its
   * article: an attempt at or participation in manslaughter is still manslaughter.
   */
  offence(code: string, onDate?: CalendarDate): LawArticle | undefined;
  /**
   * Whether an article is a serious violent or sexual offence (BIJ, art. 11a BJSG) on `onDate`
   * (default: today), by its base article; unknown codes are not (the notification rules send
   * those to the operators instead).
   */
  isSeriousViolentOrSexual(code: string, onDate?: CalendarDate): boolean;
  /** The articles in force on a date, one per code, sorted by code: what a title of that day can cite. */
  offencesOn(date: CalendarDate): LawArticle[];
  /** Every numbering a code has had, oldest first; empty for an unknown code. */
  offenceVersions(code: string): LawArticle[];
  title(kind: DetentionTitleKind): DetentionTitle | undefined;
  offenceGroup(code: string): OffenceGroup | undefined;
}

/** The parts of an address that place it in a municipality. */
export interface AddressForMunicipality {
  municipalityCode: string;
  /** The BRP woonplaats. */
  city: string;
  postalCode: string;
}

/** How an address of a split municipality was placed. */
export interface SplitPlacement {
  /** The code that was split, and the date it ceased. */
  from: string;
  date: CalendarDate;
  by: 'residence' | 'postal-code' | 'rest';
}

export type AddressMunicipality =
  | { municipality: Municipality; split?: SplitPlacement }
  | { municipality: undefined; reason: string };

const DEFAULT_DIR = path.join(import.meta.dirname, 'data');

const FILE_SCHEMAS = {
  municipalities: Compile(listFileSchema(MunicipalitySchema)),
  mergers: Compile(listFileSchema(MunicipalityMergerSchema)),
  institutions: Compile(listFileSchema(InstitutionSchema)),
  offences: Compile(listFileSchema(LawArticleSchema)),
  offenceGroups: Compile(listFileSchema(OffenceGroupSchema)),
  titles: Compile(listFileSchema(DetentionTitleSchema)),
};

// The name each file's source must carry, so a file copied into the wrong place is caught.
const LIST_NAMES: Record<keyof typeof REFERENCE_FILES, string> = {
  municipalities: 'municipalities',
  mergers: 'municipality-mergers',
  institutions: 'institutions',
  offences: 'offences',
  offenceGroups: 'offence-groups',
  titles: 'titles',
};

/**
 * Reads and checks every list in `dir` (default: the data folder beside this
 * file). Throws a ReferenceDataError naming the file, item and rule of each
 * problem: a malformed file, a bad code, a duplicate, a merger to nowhere, an
 * institution in an unknown or former municipality.
 */
export function loadReferenceData(dir: string = DEFAULT_DIR): ReferenceData {
  const issues: ReferenceIssue[] = [];
  const read = <K extends keyof typeof FILE_SCHEMAS>(key: K) => readList(dir, key, issues);
  const municipalities = read('municipalities');
  const mergers = read('mergers');
  const institutions = read('institutions');
  const offences = read('offences');
  const offenceGroups = read('offenceGroups');
  const titles = read('titles');
  if (!municipalities || !mergers || !institutions || !offences || !offenceGroups || !titles) {
    throw new ReferenceDataError(issues);
  }
  return validateReferenceData({
    sources: [municipalities, mergers, institutions, offences, offenceGroups, titles].map((f) => f.source),
    municipalities: municipalities.items,
    mergers: mergers.items,
    institutions: institutions.items,
    offences: offences.items,
    offenceGroups: offenceGroups.items,
    titles: titles.items,
  });
}

type ListFile<K extends keyof typeof FILE_SCHEMAS> = { source: ReferenceSource; items: ItemOf<K>[] };
type ItemOf<K extends keyof typeof FILE_SCHEMAS> = {
  municipalities: Municipality;
  mergers: MunicipalityMerger;
  institutions: Institution;
  offences: LawArticle;
  offenceGroups: OffenceGroup;
  titles: DetentionTitle;
}[K];

function readList<K extends keyof typeof FILE_SCHEMAS>(
  dir: string,
  key: K,
  issues: ReferenceIssue[],
): ListFile<K> | undefined {
  const file = REFERENCE_FILES[key];
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    issues.push({ file, item: '(file)', rule: 'readable-json', message: (error as Error).message });
    return undefined;
  }
  const validator = FILE_SCHEMAS[key];
  if (!validator.Check(value)) {
    // A field outside the schema yields two errors; the "additionalProperties" one names it.
    for (const error of [...validator.Errors(value)].filter((e) => e.keyword !== 'boolean')) {
      issues.push({
        file,
        item: itemLabel(value, error.instancePath),
        rule: error.keyword,
        message: describe(error),
      });
    }
    return undefined;
  }
  // schema.ts proves at compile time that each schema's type fits its model type.
  const list = value as ListFile<K>;
  if (list.source.list !== LIST_NAMES[key]) {
    issues.push({
      file,
      item: 'source',
      rule: 'source-list',
      message: `source.list must be "${LIST_NAMES[key]}"`,
    });
    return undefined;
  }
  return list;
}

/** "items[3] (GM0457)" for an error inside an item, so a reader can find it in the file. */
function itemLabel(value: unknown, instancePath: string): string {
  const match = /^\/items\/(\d+)/.exec(instancePath);
  if (!match) return instancePath.split('/')[1] || '(file)';
  const index = Number(match[1]);
  const items = (value as { items?: unknown[] }).items;
  const item = items?.[index] as { code?: unknown; kind?: unknown; to?: unknown } | undefined;
  const name = item?.code ?? item?.kind ?? item?.to;
  return typeof name === 'string' ? `items[${index}] (${name})` : `items[${index}]`;
}

function describe(error: { instancePath: string; message: string; params: unknown }): string {
  const field = error.instancePath.split('/').slice(3).join('.') || error.instancePath || '(root)';
  const extra = (error.params as { additionalProperties?: string[] }).additionalProperties;
  return extra ? `unknown field(s) ${extra.join(', ')}` : `${field} ${error.message}`;
}

// The categories art. 11a BJSG makes relevant for the mayor's notifications.
const BIJ_CATEGORIES: ReadonlySet<string> = new Set(['sexual', 'serious-violent']);

/** Builds the indexes once; the data is expected to be valid (see validateReferenceData). */
export function createReferenceCatalog(data: ReferenceData): ReferenceCatalog {
  const municipalities = indexBy(data.municipalities, (m) => m.code);
  const successorOf = new Map(
    data.mergers.flatMap((merger) => merger.from.map((code) => [code, merger.to] as const)),
  );
  const splitOf = new Map<string, { merger: MunicipalityMerger; split: MunicipalitySplit }>();
  for (const merger of data.mergers) {
    if (merger.split) for (const code of merger.from) splitOf.set(code, { merger, split: merger.split });
  }
  const sortedMunicipalities = [...data.municipalities].sort((a, b) => a.code.localeCompare(b.code));
  const institutions = indexBy(data.institutions, (i) => i.code);
  const institutionsByAddress = new Map(
    data.institutions.flatMap((i) =>
      i.postalCode === null || i.houseNumber === null
        ? []
        : [[addressKey(i.postalCode, i.houseNumber), i] as const],
    ),
  );
  const offences = versionsByCode(data.offences);
  const titles = indexBy(data.titles, (t) => t.kind);
  const offenceGroups = indexBy(data.offenceGroups, (g) => g.code);

  const offence = (code: string, onDate?: CalendarDate) => {
    const date = onDate ?? todayInNetherlands();
    assertCalendarDate(date);
    const parsed = parseOffenceCode(code);
    return parsed === undefined ? undefined : articleOn(offences.get(parsed.base) ?? [], date);
  };
  const sortedOffenceCodes = [...offences.keys()].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));

  return {
    data,
    municipality: (code) => municipalities.get(code),
    resolveMunicipality(code, date) {
      assertCalendarDate(date);
      let current = municipalities.get(code);
      const visited = new Set<string>();
      // Follow successors while the code had already ceased on the date. Loaded data cannot
      // hold a cycle (every successor exists on the merger date), but hand-made data might.
      while (current?.validUntil != null && date >= current.validUntil) {
        if (visited.has(current.code)) return undefined;
        visited.add(current.code);
        const next = successorOf.get(current.code);
        current = next === undefined ? undefined : municipalities.get(next);
      }
      return current;
    },
    resolveAddressMunicipality(address, date) {
      assertCalendarDate(date);
      let current = municipalities.get(address.municipalityCode);
      if (!current)
        return {
          municipality: undefined,
          reason: `municipality code ${address.municipalityCode} is not known`,
        };
      let placement: SplitPlacement | undefined;
      const visited = new Set<string>();
      while (current.validUntil != null && date >= current.validUntil) {
        if (visited.has(current.code))
          return {
            municipality: undefined,
            reason: `municipality code ${address.municipalityCode} is not known`,
          };
        visited.add(current.code);
        const split = splitOf.get(current.code);
        let next: string | undefined;
        if (split) {
          const placed = placeInSplit(split.split, address);
          if (!placed) {
            return {
              municipality: undefined,
              reason: splitReason(current, split.merger, split.split, address, municipalities),
            };
          }
          placement = { from: current.code, date: split.merger.date, by: placed.by };
          next = placed.to;
        } else {
          next = successorOf.get(current.code);
        }
        const successor = next === undefined ? undefined : municipalities.get(next);
        if (!successor)
          return {
            municipality: undefined,
            reason: `municipality code ${address.municipalityCode} is not known`,
          };
        current = successor;
      }
      return placement ? { municipality: current, split: placement } : { municipality: current };
    },
    municipalitiesOn(date) {
      assertCalendarDate(date);
      return sortedMunicipalities.filter((m) => isValidOn(m, date));
    },
    institution: (code) => institutions.get(code),
    institutionAtAddress: ({ postalCode, houseNumber }) =>
      institutionsByAddress.get(addressKey(postalCode, houseNumber)),
    offence,
    isSeriousViolentOrSexual: (code, onDate) => BIJ_CATEGORIES.has(offence(code, onDate)?.category ?? ''),
    offencesOn(date) {
      assertCalendarDate(date);
      return sortedOffenceCodes.flatMap((code) =>
        (offences.get(code) ?? []).filter((article) => inForce(article, date)),
      );
    },
    offenceVersions(code) {
      const parsed = parseOffenceCode(code);
      return parsed === undefined ? [] : [...(offences.get(parsed.base) ?? [])];
    },
    title: (kind) => titles.get(kind),
    offenceGroup: (code) => offenceGroups.get(code),
  };
}

let defaultCatalog: ReferenceCatalog | undefined;

/** The catalog of the shipped lists, loaded and checked on first use, then kept. */
export function defaultReferenceCatalog(): ReferenceCatalog {
  defaultCatalog ??= createReferenceCatalog(loadReferenceData());
  return defaultCatalog;
}

/** Each code's articles, oldest numbering first (a null validFrom is the oldest). */
function versionsByCode(articles: readonly LawArticle[]): Map<string, LawArticle[]> {
  const byCode = new Map<string, LawArticle[]>();
  for (const article of articles) byCode.set(article.code, [...(byCode.get(article.code) ?? []), article]);
  for (const versions of byCode.values())
    versions.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  return byCode;
}

function inForce(article: LawArticle, date: CalendarDate): boolean {
  return (article.validFrom ?? '') <= date && (article.validUntil === null || date < article.validUntil);
}

// The version in force on the date; else the last one repealed before it (a title still cites the
// law of the day of the offence, art. 1 Sr); never one that only came into force later.
function articleOn(versions: readonly LawArticle[], date: CalendarDate): LawArticle | undefined {
  const current = versions.find((article) => inForce(article, date));
  if (current) return current;
  return versions.filter((a) => a.validUntil !== null && a.validUntil <= date).at(-1);
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** The successor a split gives an address: by residence first (the BRP names it), then postal code. */
function placeInSplit(
  split: MunicipalitySplit,
  address: AddressForMunicipality,
): { to: string; by: SplitPlacement['by'] } | undefined {
  const residence = squash(address.city);
  const byResidence = split.parts.find((p) => p.residences.some((r) => squash(r) === residence));
  if (byResidence) return { to: byResidence.to, by: 'residence' };
  const pc4 = squash(address.postalCode).slice(0, 4);
  const byPostalCode = split.parts.find((p) => p.postalCodes.includes(pc4));
  if (byPostalCode) return { to: byPostalCode.to, by: 'postal-code' };
  return split.rest === null ? undefined : { to: split.rest, by: 'rest' };
}

function splitReason(
  split: Municipality,
  merger: MunicipalityMerger,
  parts: MunicipalitySplit,
  address: AddressForMunicipality,
  municipalities: ReadonlyMap<string, Municipality>,
): string {
  const successors = parts.parts
    .map((p) => `${p.residences.join('/')} → ${p.to} ${municipalities.get(p.to)?.name ?? ''}`.trim())
    .join(', ');
  return (
    `${split.code} ${split.name} was split on ${merger.date} (${successors}); ` +
    `the address's residence "${address.city}" and postal code ${address.postalCode} name none of them`
  );
}

const squash = (s: string) => s.replace(/\s+/g, '').toUpperCase();

// "1234 ab" and "1234AB" are the same postal code; "12 a" and "12A" the same house number.
function addressKey(postalCode: string, houseNumber: string): string {
  return `${squash(postalCode)}|${squash(houseNumber)}`;
}

function assertCalendarDate(date: string): void {
  // Dates are compared as strings, which only works for YYYY-MM-DD.
  if (!isCalendarDate(date))
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}
