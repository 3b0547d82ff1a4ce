/**
 * The periodic extracts the chain partners deliver to the Data Alliantie
 * Strafrechtketen (seeds 001 and 004): Politie (registered crimes and their
 * suspects), OM (cases and decisions), Rechtspraak (verdicts) and CJIB
 * (execution of sanctions). One schema per file, for CSV (UTF-8, header row,
 * comma, ISO dates) and Parquet alike; docs/das-sources.md describes them for
 * the partners. The simulator writes them (`simulate --chain`) and
 * `das build` reads them. This file imports nothing.
 */

export type ColumnType = 'text' | 'date' | 'integer' | 'boolean';

/** What a column's values must be besides their type; checked per line at `das build`. */
export type ColumnCheck =
  | { kind: 'offence' } // a law article of the reference data (src/reference/data/offences.json)
  | { kind: 'municipality' } // a CBS municipality code, current or former
  | { kind: 'skn' }
  | { kind: 'parketnummer' }
  | { kind: 'one-of'; values: readonly string[] };

export interface Column {
  name: string;
  type: ColumnType;
  /** May be empty (CSV) or null (Parquet). */
  nullable: boolean;
  check?: ColumnCheck;
  /** Direct identifiers: dropped (or pseudonymized) at `das build`, never stored in the environment. */
  identifying?: boolean;
  description: string;
}

/** A reference from one delivery's rows to another's: every non-empty value must exist there. */
export interface Reference {
  column: string;
  delivery: DeliveryName;
  to: string;
}

export interface Delivery {
  name: DeliveryName;
  partner: 'Politie' | 'OM' | 'Rechtspraak' | 'CJIB';
  description: string;
  /** The column(s) that identify a row; unique within the delivery. */
  key: readonly string[];
  columns: readonly Column[];
  references: readonly Reference[];
}

export const DELIVERY_NAMES = [
  'politie-misdrijven',
  'politie-verdachten',
  'om-zaken',
  'rechtspraak-vonnissen',
  'cjib-executies',
] as const;
export type DeliveryName = (typeof DELIVERY_NAMES)[number];

export const SEXES = ['M', 'V', 'O'] as const;

/** How the OM settles a case (afdoening). */
export const OM_DECISIONS = [
  'technical-dismissal', // technisch sepot: no case (not provable, not punishable)
  'policy-dismissal', // beleidssepot: a case, but prosecution not opportune
  'om-penalty-order', // OM-strafbeschikking
  'summons', // dagvaarding: the case goes to court
  'joined', // gevoegd: joined to another case
] as const;
export type OmDecision = (typeof OM_DECISIONS)[number];

/** A court's verdict in first instance on the charges. */
export const VERDICT_OUTCOMES = [
  'conviction', // veroordeling (guilty, with or without punishment)
  'acquittal', // vrijspraak
  'discharge', // ontslag van alle rechtsvervolging
] as const;
export type VerdictOutcome = (typeof VERDICT_OUTCOMES)[number];

export const EXECUTED_SANCTIONS = [
  'prison',
  'community-service',
  'fine',
  'om-penalty-order',
  'tbs',
  'pij',
] as const;
export type ExecutedSanction = (typeof EXECUTED_SANCTIONS)[number];

const parketnummer = (description: string): Column => ({
  name: 'parketnummer',
  type: 'text',
  nullable: false,
  check: { kind: 'parketnummer' },
  description,
});

const skn = (description: string): Column => ({
  name: 'skn',
  type: 'text',
  nullable: false,
  check: { kind: 'skn' },
  identifying: true,
  description,
});

const demographics: readonly Column[] = [
  {
    name: 'birth_date',
    type: 'date',
    nullable: true,
    identifying: true,
    description: 'date of birth; the environment keeps only the age band at the time of the fact',
  },
  {
    name: 'sex',
    type: 'text',
    nullable: true,
    check: { kind: 'one-of', values: SEXES },
    description: 'M, V or O',
  },
  {
    name: 'residence_municipality',
    type: 'text',
    nullable: true,
    check: { kind: 'municipality' },
    description: 'CBS code of the municipality of residence (BRP) at the time',
  },
];

export const DELIVERIES: Readonly<Record<DeliveryName, Delivery>> = {
  'politie-misdrijven': {
    name: 'politie-misdrijven',
    partner: 'Politie',
    description: 'Registered crimes (geregistreerde misdrijven), one row per registration.',
    key: ['registration_id'],
    columns: [
      {
        name: 'registration_id',
        type: 'text',
        nullable: false,
        description: 'the police registration number',
      },
      {
        name: 'registered_on',
        type: 'date',
        nullable: false,
        description: 'the day the crime was registered',
      },
      {
        name: 'committed_on',
        type: 'date',
        nullable: true,
        description: 'the day the crime was committed, when known',
      },
      {
        name: 'law_article',
        type: 'text',
        nullable: false,
        check: { kind: 'offence' },
        description: 'the law article of the crime, e.g. "Sr 310"',
      },
      {
        name: 'crime_municipality',
        type: 'text',
        nullable: false,
        check: { kind: 'municipality' },
        description: 'CBS code of the municipality where the crime was committed',
      },
    ],
    references: [],
  },
  'politie-verdachten': {
    name: 'politie-verdachten',
    partner: 'Politie',
    description:
      'Suspects of registered crimes (one row per suspect per registration): the crime is cleared.',
    key: ['registration_id', 'skn'],
    columns: [
      {
        name: 'registration_id',
        type: 'text',
        nullable: false,
        description: 'the crime (politie-misdrijven)',
      },
      skn('strafrechtketennummer'),
      {
        name: 'bsn',
        type: 'text',
        nullable: true,
        identifying: true,
        description: 'burgerservicenummer; dropped at build',
      },
      {
        name: 'surname',
        type: 'text',
        nullable: true,
        identifying: true,
        description: 'surname; dropped at build',
      },
      {
        name: 'postal_code',
        type: 'text',
        nullable: true,
        identifying: true,
        description: 'postal code of the address; dropped at build',
      },
      {
        name: 'identified_on',
        type: 'date',
        nullable: false,
        description: 'the day the suspect was registered',
      },
      ...demographics,
    ],
    references: [{ column: 'registration_id', delivery: 'politie-misdrijven', to: 'registration_id' }],
  },
  'om-zaken': {
    name: 'om-zaken',
    partner: 'OM',
    description: 'Cases of the Openbaar Ministerie (misdrijfzaken) with their settlement.',
    key: ['parketnummer'],
    columns: [
      parketnummer('the case number, e.g. 13/123456-25'),
      skn('the suspect'),
      {
        name: 'registration_id',
        type: 'text',
        nullable: true,
        description:
          'the police registration the case came from (politie-misdrijven); empty for cases from other services',
      },
      { name: 'inflow_on', type: 'date', nullable: false, description: 'the day the case came in at the OM' },
      {
        name: 'law_article',
        type: 'text',
        nullable: false,
        check: { kind: 'offence' },
        description: 'the main offence',
      },
      {
        name: 'decision',
        type: 'text',
        nullable: true,
        check: { kind: 'one-of', values: OM_DECISIONS },
        description: 'how the OM settled the case; empty while pending',
      },
      { name: 'decision_on', type: 'date', nullable: true, description: 'the day of the decision' },
      ...demographics,
    ],
    references: [{ column: 'registration_id', delivery: 'politie-misdrijven', to: 'registration_id' }],
  },
  'rechtspraak-vonnissen': {
    name: 'rechtspraak-vonnissen',
    partner: 'Rechtspraak',
    description: 'Verdicts in first instance on summoned cases, with the sanctions imposed.',
    key: ['parketnummer'],
    columns: [
      parketnummer('the case (om-zaken)'),
      skn('the defendant'),
      { name: 'verdict_on', type: 'date', nullable: false, description: 'the day of the verdict' },
      {
        name: 'outcome',
        type: 'text',
        nullable: false,
        check: { kind: 'one-of', values: VERDICT_OUTCOMES },
        description: 'conviction, acquittal or discharge',
      },
      {
        name: 'prison_days',
        type: 'integer',
        nullable: true,
        description: 'prison (or juvenile detention), days in all',
      },
      {
        name: 'prison_conditional_days',
        type: 'integer',
        nullable: true,
        description: 'of which conditional (suspended)',
      },
      { name: 'community_service_hours', type: 'integer', nullable: true, description: 'taakstraf, hours' },
      { name: 'fine_eur', type: 'integer', nullable: true, description: 'fine, whole euros' },
      { name: 'tbs', type: 'boolean', nullable: false, description: 'terbeschikkingstelling imposed' },
      { name: 'pij', type: 'boolean', nullable: false, description: 'PIJ measure (juveniles) imposed' },
      {
        name: 'irrevocable_on',
        type: 'date',
        nullable: true,
        description: 'the day the verdict became irrevocable',
      },
    ],
    references: [{ column: 'parketnummer', delivery: 'om-zaken', to: 'parketnummer' }],
  },
  'cjib-executies': {
    name: 'cjib-executies',
    partner: 'CJIB',
    description: 'The execution of sanctions: one row per sanction executed for a case.',
    key: ['parketnummer', 'sanction'],
    columns: [
      parketnummer('the case (om-zaken)'),
      skn('the convicted person'),
      {
        name: 'sanction',
        type: 'text',
        nullable: false,
        check: { kind: 'one-of', values: EXECUTED_SANCTIONS },
        description: 'the sanction executed',
      },
      { name: 'started_on', type: 'date', nullable: false, description: 'the day execution started' },
      {
        name: 'ended_on',
        type: 'date',
        nullable: true,
        description: 'the day execution ended; empty while running',
      },
      {
        name: 'amount_due_eur',
        type: 'integer',
        nullable: true,
        description: 'fines: the amount due, whole euros',
      },
      {
        name: 'amount_paid_eur',
        type: 'integer',
        nullable: true,
        description: 'fines: paid so far, whole euros',
      },
    ],
    references: [{ column: 'parketnummer', delivery: 'om-zaken', to: 'parketnummer' }],
  },
};

/** The file of a delivery in a delivery folder: `<name>.csv` or `<name>.parquet`. */
export const DELIVERY_FORMATS = ['csv', 'parquet'] as const;
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];
