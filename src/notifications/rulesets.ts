/**
 * The rule sets: which events lead to which notices, for whom, and why, as
 * dated data. The decision code (rules.ts) reads them; a new rule set (the
 * planned arson extension, or one an analyst writes to see what a change
 * would have done) is data, not code.
 *
 * Sources: art. 11a Besluit justitiële en strafvorderlijke gegevens (BIJ),
 * art. 18a and 18b Penitentiaire beginselenwet, and the victims' right to be
 * told of the offender's release (art. 51ac Wetboek van Strafvordering); the
 * routing table and the planned arson extension are from Justid's
 * presentation "Detentie informatie: van binnen naar buiten" (seed 002).
 * The legal basis of a re-integration notice differs per sector (the prison
 * law, the JJI law, the TBS law): what could and could not be verified of it is
 * docs/decisions/0009-legal-basis-per-sector.md.
 */
import Type, { type Static } from 'typebox';
import { Nullable } from '../platform/formats.ts';
import { OFFENCE_CATEGORIES } from '../reference/index.ts';

const Category = Type.Enum(OFFENCE_CATEGORIES);

export const BijEligibility = Type.Object({
  categories: Type.Array(Category, {
    description: 'offence categories that make an irrevocable prison sentence BIJ-worthy',
  }),
  longSentenceCategories: Type.Array(
    Type.Object({ categories: Type.Array(Category), minSentenceDays: Type.Integer({ minimum: 1 }) }),
    {
      description:
        'categories that count only from a sentence of at least this many days (the arson extension)',
    },
  ),
});
export type BijEligibility = Static<typeof BijEligibility>;

export const LEGAL_BASIS_SECTORS = ['GW', 'JJI', 'TBS'] as const;
export type LegalBasisSector = (typeof LEGAL_BASIS_SECTORS)[number];

const Provision = Type.String({ minLength: 1 });
const BySector = Type.Object(
  {
    GW: Type.Optional(Type.String({ minLength: 1, description: 'prisons (penitentiaire inrichtingen)' })),
    JJI: Type.Optional(Type.String({ minLength: 1, description: 'juvenile institutions' })),
    TBS: Type.Optional(Type.String({ minLength: 1, description: 'TBS clinics' })),
  },
  { additionalProperties: false },
);

/**
 * The provision each box's notices rest on. The plain text per box holds in
 * every sector; `bySector` names another where the sector's own law differs (a
 * prison, a JJI and a TBS clinic each have their own Beginselenwet). Rule-set
 * files written before issue 13 have no `bySector` and keep meaning what they said.
 */
export const LegalBasis = Type.Object({
  bij: Provision,
  risk18b: Provision,
  reintegration: Provision,
  victims: Provision,
  bySector: Type.Optional(
    Type.Object(
      {
        bij: Type.Optional(BySector),
        risk18b: Type.Optional(BySector),
        reintegration: Type.Optional(BySector),
        victims: Type.Optional(BySector),
      },
      { additionalProperties: false, description: "where a sector's law differs from the plain text" },
    ),
  ),
});
export type LegalBasis = Static<typeof LegalBasis>;

/** A rule set as data: the service's own below, or one an analyst writes as JSON for `replay --rules`. */
export const RuleSet = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    description: Type.String(),
    validFrom: Type.String({
      format: 'date',
      description: "first day in force; the service's rule sets are chosen by the event's Dutch date",
    }),
    validUntil: Nullable(
      Type.String({ format: 'date', description: 'first day no longer in force; null while current' }),
    ),
    bij: BijEligibility,
    risk18b: Type.Boolean({ description: 'whether art. 18b risk notices exist (since September 2023)' }),
    legalBasis: LegalBasis,
  },
  { $id: 'RuleSet', title: 'RuleSet' },
);
export type RuleSet = Static<typeof RuleSet>;

/**
 * Art. 18a Pbw (Wet straffen en beschermen, in force 1 July 2021) is the
 * prisons' provision. The JJI and TBS laws' provisions for the same
 * information could not be read (decision 0009): the law is named, the
 * article is not, until someone checks the text in force and fills it in here
 * (or in a `replay --rules` file).
 */
const LEGAL_BASIS: LegalBasis = {
  bij: 'art. 11a Besluit justitiële en strafvorderlijke gegevens',
  risk18b: 'art. 18b Penitentiaire beginselenwet',
  reintegration: 'art. 18a Penitentiaire beginselenwet',
  victims: 'art. 51ac Wetboek van Strafvordering',
  bySector: {
    reintegration: {
      JJI: 'Beginselenwet justitiële jeugdinrichtingen',
      TBS: 'Beginselenwet verpleging ter beschikking gestelden',
    },
  },
};

export const RULE_SETS: readonly RuleSet[] = [
  {
    name: 'bij-2019',
    description:
      'BIJ for serious violent and sexual offences; re-integration and victim notices; no 18b notices yet.',
    validFrom: '2000-01-01',
    validUntil: '2023-09-01',
    bij: { categories: ['serious-violent', 'sexual'], longSentenceCategories: [] },
    risk18b: false,
    legalBasis: LEGAL_BASIS,
  },
  {
    name: 'bij-18b-2023',
    description:
      'As bij-2019, and since September 2023 art. 18b risk notices to the mayor through the BIJ box.',
    validFrom: '2023-09-01',
    validUntil: '2027-01-01',
    bij: { categories: ['serious-violent', 'sexual'], longSentenceCategories: [] },
    risk18b: true,
    legalBasis: LEGAL_BASIS,
  },
  {
    name: 'brandstichting',
    description:
      'The planned extension (seed 002): arson becomes BIJ-worthy for prison sentences of one year or more. Its start date is a setting until the law is changed; replay history with --rules brandstichting to see what it would have sent.',
    validFrom: '2027-01-01',
    validUntil: null,
    bij: {
      categories: ['serious-violent', 'sexual'],
      longSentenceCategories: [{ categories: ['arson'], minSentenceDays: 365 }],
    },
    risk18b: true,
    legalBasis: LEGAL_BASIS,
  },
];

export type LegalBasisBox = 'bij' | 'risk18b' | 'reintegration' | 'victims';

/** The provision a notice of `box` rests on for a person held in `sector`: what the notice prints. */
export function legalBasisOf(ruleSet: RuleSet, box: LegalBasisBox, sector: LegalBasisSector): string {
  return ruleSet.legalBasis.bySector?.[box]?.[sector] ?? ruleSet.legalBasis[box];
}

/** The rule set in force on a date. */
export function ruleSetOn(date: string, sets: readonly RuleSet[] = RULE_SETS): RuleSet {
  const found = sets.find((r) => r.validFrom <= date && (r.validUntil === null || date < r.validUntil));
  if (!found) throw new RangeError(`no rule set is in force on ${date}`);
  return found;
}

export function ruleSetByName(name: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.name === name);
}
