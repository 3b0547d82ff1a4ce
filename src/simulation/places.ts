/**
 * Where simulated people live: real municipalities (valid on the date of the
 * address, weighted by population) with made-up streets, house numbers and
 * postal codes, and the real addresses of DJI institutions (of those whose
 * address the reference data has in full).
 *
 * Postal codes are of the municipality's own place where the table in
 * data/postal-codes.json knows one (PC4 numbers of its namesake place or seat,
 * with made-up letters); elsewhere the number is made up too.
 */
import { readFileSync } from 'node:fs';
import type { Institution, MunicipalityMerger } from '../reference/index.ts';
import { isoDate } from './calendar.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, STREET_SUFFIXES, SURNAMES } from './dutch.ts';
import type { SimAddress } from './model.ts';
import { type Rng, WeightedPicker } from './rng.ts';

/** What the simulator needs of the reference catalog (src/reference), structurally. */
export interface SimulationCatalog {
  municipalitiesOn(date: string): readonly { code: string; name: string; population: number | null }[];
  data: {
    municipalities: readonly { code: string; validFrom: string; validUntil: string | null }[];
    mergers: readonly MunicipalityMerger[];
    institutions: readonly Institution[];
    offences: readonly {
      code: string;
      category: string;
      validFrom?: string | null;
      validUntil?: string | null;
    }[];
  };
}

/** Weight of a former municipality (population `null` in the reference data). */
const FORMER_MUNICIPALITY_WEIGHT = 15_000;

interface Segment {
  /** First day of the segment. */
  from: number;
  picker: WeightedPicker<MunicipalityChoice> | undefined;
  valid: ReadonlySet<string>;
}

interface MunicipalityChoice {
  code: string;
  city: string;
}

/** PC4 numbers per municipality code, and the place they belong to (data/postal-codes.json has the source). */
interface PostalPlace {
  place: string;
  numbers: number[];
}

function readPostalPlaces(): ReadonlyMap<string, PostalPlace> {
  const file = JSON.parse(readFileSync(new URL('./data/postal-codes.json', import.meta.url), 'utf8')) as {
    municipalities: Record<string, { place: string; pc4: string }>;
  };
  const places = new Map<string, PostalPlace>();
  for (const [code, { place, pc4 }] of Object.entries(file.municipalities)) {
    const numbers: number[] = [];
    for (const part of pc4.split(',')) {
      const [from, to] = part.split('-').map(Number) as [number, number | undefined];
      for (let n = from; n <= (to ?? from); n++) numbers.push(n);
    }
    places.set(code, { place, numbers });
  }
  return places;
}

const POSTAL_PLACES = readPostalPlaces();

/**
 * The municipalities valid on a day, as the reference catalog says, cached per
 * stretch of days between two boundary changes.
 */
export class Municipalities {
  readonly #catalog: SimulationCatalog;
  /** Boundary days, ascending; segment i covers [boundaries[i], boundaries[i+1]). */
  readonly #segments: Segment[] = [];
  readonly #mergers: readonly { day: number; from: ReadonlySet<string>; to: string }[];
  /** First day on which the catalog knows any municipality. */
  readonly earliestDay: number;

  constructor(catalog: SimulationCatalog) {
    this.#catalog = catalog;
    const days = new Set<number>();
    for (const m of catalog.data.municipalities) {
      days.add(toDay(m.validFrom));
      if (m.validUntil !== null) days.add(toDay(m.validUntil));
    }
    const boundaries = [...days].sort((a, b) => a - b);
    const first = boundaries[0];
    if (first === undefined) throw new RangeError('the reference catalog has no municipalities');
    // Before the first boundary the catalog decides itself whether anything is valid.
    this.#segments.push(this.#segment(Number.NEGATIVE_INFINITY, first - 1));
    for (const day of boundaries) this.#segments.push(this.#segment(day, day));
    const firstValid = this.#segments.find((s) => s.picker !== undefined);
    if (!firstValid) throw new RangeError('the reference catalog has no municipality valid on any day');
    this.earliestDay =
      firstValid.from === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : firstValid.from;
    this.#mergers = catalog.data.mergers
      .map((m) => ({ day: toDay(m.date), from: new Set(m.from), to: m.to }))
      .sort((a, b) => a.day - b.day);
  }

  #segment(from: number, probeDay: number): Segment {
    const list = this.#catalog.municipalitiesOn(isoDate(probeDay));
    const valid = new Set(list.map((m) => m.code));
    const picker =
      list.length === 0
        ? undefined
        : new WeightedPicker(
            list.map(
              (m) =>
                [
                  { code: m.code, city: cityName(m.name) },
                  m.population ?? FORMER_MUNICIPALITY_WEIGHT,
                ] as const,
            ),
          );
    return { from, picker, valid };
  }

  #segmentOn(day: number): Segment {
    const segments = this.#segments;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((segments[mid] as Segment).from <= day) lo = mid;
      else hi = mid - 1;
    }
    return segments[lo] as Segment;
  }

  isValidOn(code: string, day: number): boolean {
    return this.#segmentOn(day).valid.has(code);
  }

  /** A municipality valid on `day`, weighted by population; undefined before the catalog's first day. */
  pickOn(day: number, rng: Rng): MunicipalityChoice | undefined {
    return this.#segmentOn(day).picker?.pick(rng);
  }

  /** The code an address in `code` has on `day`, following mergers; undefined if none is valid. */
  successorOn(code: string, day: number): string | undefined {
    let current = code;
    for (const merger of this.#mergers) {
      if (merger.day > day) break;
      if (merger.from.has(current)) current = merger.to;
    }
    return this.isValidOn(current, day) ? current : undefined;
  }
}

function toDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** "Bergen (NH.)" → "Bergen": the BRP place name has no province suffix. */
function cityName(municipalityName: string): string {
  return municipalityName.replace(/\s*\([^)]*\)\s*$/, '');
}

const FIRST_NAMES = [...MALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES];
/** Street names found in almost every Dutch town. */
const COMMON_STREETS = [
  'Kerkstraat',
  'Dorpsstraat',
  'Schoolstraat',
  'Molenweg',
  'Stationsweg',
  'Kastanjelaan',
  'Beukenlaan',
  'Julianastraat',
  'Wilhelminastraat',
  'Nieuwstraat',
  'Marktplein',
  'Parallelweg',
  'Industrieweg',
  'Emmastraat',
  'Lindelaan',
  'Prins Bernhardlaan',
  'Oranjestraat',
  'Sportlaan',
];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Letter pairs PostNL does not use. */
const UNUSED_POSTAL_LETTERS = new Set(['SA', 'SD', 'SS']);

/** A made-up street address in a real municipality. */
export function randomAddress(municipality: MunicipalityChoice, rng: Rng): SimAddress {
  const street = rng.chance(0.3)
    ? rng.pick(COMMON_STREETS)
    : `${rng.chance(0.5) ? rng.pick(SURNAMES) : rng.pick(FIRST_NAMES)}${rng.pick(STREET_SUFFIXES)}`;
  let houseNumber = String(Math.max(1, Math.round(rng.logNormal(25, 1))));
  if (rng.chance(0.1)) houseNumber += rng.pick(['A', 'B', 'C', '-1', '-2', 'bis']);
  let letters = '';
  do letters = LETTERS.charAt(rng.int(0, 25)) + LETTERS.charAt(rng.int(0, 25));
  while (UNUSED_POSTAL_LETTERS.has(letters));
  const postal = POSTAL_PLACES.get(municipality.code);
  const number = postal
    ? (postal.numbers[rng.int(0, postal.numbers.length - 1)] as number)
    : rng.int(1000, 9999);
  return {
    municipalityCode: municipality.code,
    street,
    houseNumber,
    postalCode: `${number}${letters}`,
    // The BRP names the place (woonplaats): the seat for a municipality named after none of its places.
    city: postal?.place ?? municipality.city,
  };
}

/**
 * The address of an institution, exactly as the reference data has it;
 * undefined when the reference data lacks a part (an address event needs them
 * all, and a guessed one would not be recognised as the institution's).
 */
export function institutionAddress(institution: Institution): SimAddress | undefined {
  const { street, houseNumber, postalCode } = institution;
  if (street === null || houseNumber === null || postalCode === null) return undefined;
  return {
    municipalityCode: institution.municipalityCode,
    street,
    houseNumber,
    postalCode,
    city: institution.city,
  };
}
