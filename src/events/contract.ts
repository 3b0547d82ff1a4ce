/**
 * The inbound event contract, version 1.1 (../shared/contracts/events.md), as
 * TypeBox schemas: one schema per event type, used to validate, to type the
 * code and to document the API. Extra fields are allowed (the contract lets
 * sources send more than it requires); missing or malformed ones are not.
 *
 * Shape errors (wrong type, missing field, bad format) are 400s; breaking a
 * rule of the field (BSN eleven-test, a leave that ends before it starts, a
 * prison event from the TBS source) is 422. Both name the field and the rule.
 */
import Type, { type Static, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
// The one import outside platform/: the pure BSN eleven-test, a file that imports nothing.
import { isValidBsn } from '../identity/bsn.ts';
import { dutchDate, todayInNetherlands } from '../platform/dates.ts';
import type { FieldError } from '../platform/errors.ts';
import { CalendarDate as CalendarDateOf, DateTime, formatProblem } from '../platform/formats.ts';

import { SOURCES, type Source } from './sources.ts';

export { SOURCES, type Source };

const CalendarDate = CalendarDateOf('Dutch calendar date, YYYY-MM-DD');
const MUNICIPALITY_CODE = '^GM[0-9]{4}$';
const MunicipalityCode = Type.String({ pattern: MUNICIPALITY_CODE, description: 'CBS municipality code' });
const InstitutionCode = Type.String({
  minLength: 1,
  maxLength: 100,
  description: 'Institution code from the reference data',
});

const Envelope = {
  eventId: Type.String({ minLength: 1, maxLength: 100 }),
  occurredAt: DateTime('RFC 3339 date-time with offset, at most a day ahead of now'),
  skn: Type.String({ pattern: '^[0-9A-Za-z-]{1,20}$', description: 'Strafrechtketennummer' }),
};

export const Address = Type.Object({
  municipalityCode: MunicipalityCode,
  street: Type.String({ minLength: 1, maxLength: 200 }),
  houseNumber: Type.String({ minLength: 1, maxLength: 20 }),
  postalCode: Type.String({ pattern: '^[1-9][0-9]{3} ?[A-Za-z]{2}$' }),
  city: Type.String({ minLength: 1, maxLength: 100 }),
});
export type Address = Static<typeof Address>;

const CaseNumber = Type.String({ minLength: 1, maxLength: 50, description: 'parketnummer' });
const VictimReference = Type.String({ minLength: 1, maxLength: 100 });
/** An amount in euro cents: a positive whole number, at most a billion euro. */
const Cents = (description: string) => Type.Integer({ minimum: 1, maximum: 100_000_000_000, description });

export const TITLE_KINDS = [
  'pre-trial',
  'prison-sentence',
  'substitute-detention',
  'tbs-dwangverpleging',
  'pij',
] as const;

export const Title = Type.Object({
  kind: Type.Enum(TITLE_KINDS),
  irrevocable: Type.Optional(
    Type.Boolean({ description: 'onherroepelijk; absent means not (yet) irrevocable' }),
  ),
  offences: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 50 }), {
      maxItems: 100,
      description: 'law articles, e.g. "Sr 242"',
    }),
  ),
  sentenceDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 36_500 })),
  caseNumber: Type.Optional(CaseNumber),
});
export type Title = Static<typeof Title>;

function event<T extends string, S extends readonly Source[], P extends Record<string, TSchema>>(
  type: T,
  sources: S,
  props: P,
) {
  return Type.Object(
    {
      ...Envelope,
      source: Type.Enum(sources as readonly S[number][]),
      type: Type.Literal(type),
      ...props,
    },
    { title: type },
  );
}

const DETENTION_SOURCES = ['TULP-GW', 'JVS', 'MITS'] as const;

export const EVENT_SCHEMAS = {
  'person-registered': event('person-registered', ['SKDB'], {
    bsn: Type.Optional(Type.String({ pattern: '^[0-9]{9}$' })),
    surname: Type.String({ minLength: 1, maxLength: 200 }),
    givenNames: Type.String({ maxLength: 200 }),
    birthDate: CalendarDate,
    gender: Type.Enum(['M', 'V', 'O']),
  }),
  'address-registered': event('address-registered', ['SKDB'], {
    validFrom: CalendarDate,
    ...Address.properties,
  }),
  'identity-determined': event('identity-determined', ['SKDB'], {
    method: Type.Enum(['fingerprints', 'identity-document', 'statement']),
    organisation: Type.String({ minLength: 1, maxLength: 50 }),
    determinedAt: DateTime(),
  }),
  admission: event('admission', DETENTION_SOURCES, {
    institution: InstitutionCode,
    title: Title,
    plannedEndDate: Type.Optional(CalendarDate),
  }),
  'planned-end-date-changed': event('planned-end-date-changed', DETENTION_SOURCES, {
    institution: InstitutionCode,
    plannedEndDate: CalendarDate,
  }),
  transfer: event('transfer', DETENTION_SOURCES, {
    institution: InstitutionCode,
    toInstitution: InstitutionCode,
  }),
  'dr-plan-shared': event('dr-plan-shared', DETENTION_SOURCES, {
    institution: InstitutionCode,
    consent: Type.Optional(
      Type.Boolean({
        description:
          'version 1: the detainee consented to sharing the D&R information sheet; the shareable D&R plan needs no consent since 2023, so it is kept as information only',
      }),
    ),
    intendedMunicipalityCode: Type.Optional(
      Type.String({
        pattern: MUNICIPALITY_CODE,
        description:
          'an extension to the contract: the municipality where the person intends to settle, when the D&R plan says so',
      }),
    ),
  }),
  'leave-granted': event('leave-granted', ['TULP-GW', 'MITS'], {
    institution: InstitutionCode,
    leaveFrom: CalendarDate,
    leaveUntil: CalendarDate,
    leaveAddress: Address,
  }),
  'leave-authorization': event('leave-authorization', ['JVS'], {
    institution: InstitutionCode,
    leaveFrom: CalendarDate,
    leaveUntil: Type.Optional(CalendarDate),
    leaveAddress: Address,
  }),
  'regime-phasing': event('regime-phasing', ['TULP-GW'], {
    institution: InstitutionCode,
    phaseFrom: CalendarDate,
    leaveAddress: Address,
  }),
  'conditional-termination': event('conditional-termination', ['MITS'], {
    institution: InstitutionCode,
    terminationDate: CalendarDate,
  }),
  'release-scheduled': event('release-scheduled', DETENTION_SOURCES, {
    institution: InstitutionCode,
    releaseDate: CalendarDate,
    risk18b: Type.Optional(
      Type.Object({
        domains: Type.Array(Type.Enum(['zeden', 'geweld']), { minItems: 1, maxItems: 2 }),
      }),
    ),
  }),
  release: event('release', DETENTION_SOURCES, { institution: InstitutionCode, releaseDate: CalendarDate }),
  escape: event('escape', DETENTION_SOURCES, { institution: InstitutionCode }),
  returned: event('returned', DETENTION_SOURCES, { institution: InstitutionCode }),
  'title-added': event('title-added', DETENTION_SOURCES, { institution: InstitutionCode, title: Title }),
  'title-changed': event('title-changed', DETENTION_SOURCES, {
    institution: InstitutionCode,
    caseNumber: CaseNumber,
    title: Title,
  }),
  'title-ended': event('title-ended', DETENTION_SOURCES, {
    institution: InstitutionCode,
    caseNumber: CaseNumber,
  }),
  'victim-registered': event('victim-registered', ['CJIB'], {
    caseNumber: CaseNumber,
    victimReference: VictimReference,
  }),
  // Version 1.1: compensation orders and payments. The event log keeps them; the ledger that
  // reads them (advance payments, issue 17) is built from the log.
  'compensation-order': event('compensation-order', ['CJIB'], {
    caseNumber: CaseNumber,
    victimReference: VictimReference,
    victimKind: Type.Enum(['natural-person', 'legal-person']),
    amountCents: Cents('the amount the offender must pay this victim, in euro cents'),
    irrevocableOn: CalendarDate,
    offences: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 50 }), {
        maxItems: 100,
        description: 'law articles, e.g. "Sr 300"',
      }),
    ),
  }),
  'compensation-payment': event('compensation-payment', ['CJIB'], {
    caseNumber: CaseNumber,
    victimReference: VictimReference,
    amountCents: Cents('the amount paid, in euro cents'),
    paidOn: CalendarDate,
  }),
} as const;

export type EventType = keyof typeof EVENT_SCHEMAS;
export const EVENT_TYPES = Object.keys(EVENT_SCHEMAS) as EventType[];

type Schemas = typeof EVENT_SCHEMAS;
export type EventOf<T extends EventType> = Static<Schemas[T]>;
export type InboundEvent = { [T in EventType]: EventOf<T> }[EventType];
export type DetentionEvent = Extract<InboundEvent, { institution: string }>;

/** The schema of any event, for the OpenAPI document. */
export const InboundEventSchema = Type.Union(
  EVENT_TYPES.map((t) => EVENT_SCHEMAS[t]),
  {
    title: 'InboundEvent',
    description: 'An event of the inbound contract, version 1.1 (version 1 events are a subset)',
  },
);

const compiled = Object.fromEntries(EVENT_TYPES.map((t) => [t, Compile(EVENT_SCHEMAS[t])])) as {
  [T in EventType]: ReturnType<typeof Compile<Schemas[T]>>;
};

export const SOURCE_SECTOR = { 'TULP-GW': 'GW', JVS: 'JJI', MITS: 'TBS' } as const;

export type ValidationResult =
  | { ok: true; event: InboundEvent }
  | { ok: false; status: 400 | 422; errors: FieldError[] };

function fieldName(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.') || '(event)';
}

function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.hasOwn(EVENT_SCHEMAS, value);
}

/**
 * Validates one parsed JSON value against the contract. Pure: knows nothing of
 * the store (unknown persons and institutions are checked when applying).
 * `now` is the moment the plausibility of dates is judged against.
 */
export function validateEvent(value: unknown, now: Date = new Date()): ValidationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      status: 400,
      errors: [{ field: '(event)', rule: 'type', message: 'an event is a JSON object' }],
    };
  }
  const candidate = value as Record<string, unknown>;
  if (!isEventType(candidate.type)) {
    return {
      ok: false,
      status: 400,
      errors: [
        {
          field: 'type',
          rule: 'enum',
          // The value is not quoted back: a wrong field can hold anything, a name or a BSN included.
          message:
            candidate.type === undefined
              ? 'type is required'
              : `type is not a known event type; expected one of ${EVENT_TYPES.join(', ')}`,
        },
      ],
    };
  }
  const unstorable = unstorableText(candidate, '');
  if (unstorable.length > 0) return { ok: false, status: 400, errors: unstorable };
  const validator = compiled[candidate.type];
  if (!validator.Check(candidate)) {
    const errors = shapeErrors([...validator.Errors(candidate)], candidate);
    return { ok: false, status: 400, errors };
  }
  const event = candidate as InboundEvent;
  const ruleErrors = [...checkRules(event), ...implausibleDates(event, now)];
  return ruleErrors.length > 0 ? { ok: false, status: 422, errors: ruleErrors } : { ok: true, event };
}

/**
 * Text PostgreSQL cannot store: the NUL character and broken UTF-16 (a lone
 * surrogate). Refused up front so such an event is a 400, not a failed write.
 */
function unstorableText(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    const bad = value.includes('\u0000') || !value.isWellFormed();
    return bad
      ? [
          {
            field: path || '(event)',
            rule: 'text',
            message: `${path} holds a NUL character or broken Unicode`,
          },
        ]
      : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value);
  return entries.flatMap(([key, v]) => [
    ...unstorableText(key, path ? `${path}.${key}` : key),
    ...unstorableText(v, path ? `${path}.${key}` : key),
  ]);
}

interface TypeboxError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

/** The value at a JSON pointer such as `/title/kind`. */
function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/** One message per field, the most specific first, without TypeBox's union noise. */
function shapeErrors(raw: TypeboxError[], candidate: unknown): FieldError[] {
  const out = new Map<string, FieldError>();
  for (const error of raw) {
    if (error.keyword === 'boolean' || error.keyword === 'anyOf') continue;
    const field = fieldName(error.instancePath);
    if (error.keyword === 'required') {
      const missing = (error.params.requiredProperties as string[] | undefined) ?? [];
      for (const name of missing) {
        const path = field === '(event)' ? name : `${field}.${name}`;
        out.set(path, { field: path, rule: 'required', message: `${path} is required` });
      }
      continue;
    }
    if (error.keyword === 'enum' && field === 'source') {
      const allowed = (error.params.allowedValues as string[] | undefined) ?? [];
      out.set(field, {
        field,
        rule: 'source',
        message: `source must be ${allowed.join(' or ')} for this event type`,
      });
      continue;
    }
    if (error.keyword === 'enum') {
      const allowed = (error.params.allowedValues as unknown[] | undefined) ?? [];
      out.set(field, { field, rule: 'enum', message: `${field} must be one of ${allowed.join(', ')}` });
      continue;
    }
    if (error.keyword === 'format') {
      const format = String(error.params.format);
      const problem = formatProblem(format, valueAt(candidate, error.instancePath));
      const reason = problem ? `${error.message}: ${field} ${problem}` : error.message;
      out.set(field, { field, rule: 'format', message: `${field} ${reason}` });
      continue;
    }
    if (!out.has(field)) out.set(field, { field, rule: error.keyword, message: `${field} ${error.message}` });
  }
  if (out.size === 0)
    out.set('(event)', { field: '(event)', rule: 'schema', message: 'event does not match the contract' });
  return [...out.values()];
}

/** Rules that a schema cannot say: checksums and the order of dates. */
function checkRules(event: InboundEvent): FieldError[] {
  const errors: FieldError[] = [];
  const before = (field: string, a: string | undefined, later: string, b: string | undefined) => {
    if (a !== undefined && b !== undefined && b < a) {
      errors.push({ field: later, rule: 'date-order', message: `${later} (${b}) is before ${field} (${a})` });
    }
  };
  switch (event.type) {
    case 'person-registered':
      if (event.bsn !== undefined && !isValidBsn(event.bsn)) {
        errors.push({ field: 'bsn', rule: 'eleven-test', message: 'bsn fails the eleven-test (elfproef)' });
      }
      break;
    case 'leave-granted':
    case 'leave-authorization':
      before('leaveFrom', event.leaveFrom, 'leaveUntil', event.leaveUntil);
      break;
    case 'title-changed':
      if (event.title.caseNumber !== undefined && event.title.caseNumber !== event.caseNumber) {
        errors.push({
          field: 'title.caseNumber',
          rule: 'same-case',
          message: 'title.caseNumber differs from caseNumber: a title-changed changes the title of one case',
        });
      }
      break;
    case 'transfer':
      if (event.toInstitution === event.institution) {
        errors.push({
          field: 'toInstitution',
          rule: 'differs',
          message: 'toInstitution is the current institution',
        });
      }
      break;
    default:
      break;
  }
  return errors;
}

/** No fact of the chain is older than this: a date before it is a typing error, not history. */
export const EARLIEST_DATE = '1900-01-01';
/** How far ahead of now an event may be dated: clocks drift and offsets get mixed up, by less than a day. */
const MAX_AHEAD_MS = 24 * 60 * 60 * 1000;
/** How far ahead an address may be valid from: the BRP registers a move when it is announced, not years ahead. */
const MAX_ADDRESS_YEARS_AHEAD = 1;

function plusYears(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * Dates that are well-formed but cannot be true (contract version 1.1 and
 * issue 11): a person born in the future or before 1900, an event dated more
 * than a day ahead, any date before 1900. Messages name the field and the
 * bound, never the value (a birth date is personal data).
 */
function implausibleDates(event: InboundEvent, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const today = todayInNetherlands(now);
  const implausible = (field: string, message: string) =>
    errors.push({ field, rule: 'plausible-date', message: `${field} ${message}` });
  const moment = (field: string, value: string) => {
    const at = Date.parse(value);
    if (at > now.getTime() + MAX_AHEAD_MS) implausible(field, 'is more than a day ahead of now');
    else if (dutchDate(value) < EARLIEST_DATE) implausible(field, `is before ${EARLIEST_DATE}`);
  };
  moment('occurredAt', event.occurredAt);
  if (event.type === 'identity-determined') moment('determinedAt', event.determinedAt);
  for (const [field, value] of calendarDates(event)) {
    if (value < EARLIEST_DATE) implausible(field, `is before ${EARLIEST_DATE}`);
    else if (field === 'birthDate' && value > today) implausible(field, 'is in the future');
    // An order does not become irrevocable, nor is money paid, on a day still to come.
    else if ((field === 'irrevocableOn' || field === 'paidOn') && value > today)
      implausible(field, 'is in the future');
    else if (field === 'validFrom' && value > plusYears(today, MAX_ADDRESS_YEARS_AHEAD))
      implausible(field, `is more than ${MAX_ADDRESS_YEARS_AHEAD} year ahead of today`);
  }
  return errors;
}

/** Every calendar date an event carries, with its field name. */
function calendarDates(event: InboundEvent): [string, string][] {
  const dates: [string, string | undefined][] = [];
  switch (event.type) {
    case 'person-registered':
      dates.push(['birthDate', event.birthDate]);
      break;
    case 'address-registered':
      dates.push(['validFrom', event.validFrom]);
      break;
    case 'admission':
    case 'planned-end-date-changed':
      dates.push(['plannedEndDate', event.plannedEndDate]);
      break;
    case 'leave-granted':
    case 'leave-authorization':
      dates.push(['leaveFrom', event.leaveFrom], ['leaveUntil', event.leaveUntil]);
      break;
    case 'regime-phasing':
      dates.push(['phaseFrom', event.phaseFrom]);
      break;
    case 'conditional-termination':
      dates.push(['terminationDate', event.terminationDate]);
      break;
    case 'release-scheduled':
    case 'release':
      dates.push(['releaseDate', event.releaseDate]);
      break;
    case 'compensation-order':
      dates.push(['irrevocableOn', event.irrevocableOn]);
      break;
    case 'compensation-payment':
      dates.push(['paidOn', event.paidOn]);
      break;
    default:
      break;
  }
  return dates.filter((d): d is [string, string] => d[1] !== undefined);
}
