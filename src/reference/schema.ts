/**
 * The shape of the shipped reference files (`data/*.json`), as TypeBox
 * schemas: each file is `{ source, items }`. Shape only; the rules that span
 * items or files (unique codes, merger chains, an institution's municipality)
 * are in validate.ts. Items reject unknown fields, so a misspelt field in a
 * hand-edited file fails loudly instead of being ignored.
 */
import Type, { type Static, type TSchema } from 'typebox';
import { CalendarDate as CalendarDateOf } from '../platform/formats.ts';
import type {
  DetentionTitle,
  Institution,
  LawArticle,
  Municipality,
  MunicipalityMerger,
  OffenceGroup,
  ReferenceSource,
} from './model.ts';
import { OFFENCE_CATEGORIES } from './model.ts';

const CalendarDate = CalendarDateOf();
const MunicipalityCode = Type.String({ pattern: '^GM[0-9]{4}$' });
const Text = Type.String({ minLength: 1 });
const Sector = Type.Union([Type.Literal('GW'), Type.Literal('JJI'), Type.Literal('TBS')]);
const strict = { additionalProperties: false } as const;

export const ReferenceSourceSchema = Type.Object(
  { list: Text, publisher: Text, title: Text, licence: Text, retrieved: CalendarDate, notes: Text },
  strict,
);

export const MunicipalitySchema = Type.Object(
  {
    code: MunicipalityCode,
    name: Text,
    province: Text,
    validFrom: CalendarDate,
    validUntil: Type.Union([CalendarDate, Type.Null()]),
    population: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  },
  strict,
);

const MunicipalitySplitSchema = Type.Object(
  {
    parts: Type.Array(
      Type.Object(
        {
          to: MunicipalityCode,
          residences: Type.Array(Text, { uniqueItems: true }),
          postalCodes: Type.Array(Type.String({ pattern: '^[1-9][0-9]{3}$' }), { uniqueItems: true }),
        },
        strict,
      ),
      { minItems: 1 },
    ),
    rest: Type.Union([MunicipalityCode, Type.Null()]),
    source: Text,
  },
  strict,
);

export const MunicipalityMergerSchema = Type.Object(
  {
    date: CalendarDate,
    from: Type.Array(MunicipalityCode, { minItems: 1 }),
    to: MunicipalityCode,
    split: Type.Optional(MunicipalitySplitSchema),
    note: Type.Optional(Text),
  },
  strict,
);

export const InstitutionSchema = Type.Object(
  {
    code: Type.String({ pattern: '^(PI|JJI|FPC)(-[A-Z0-9]+)+$' }),
    name: Text,
    sector: Sector,
    // An address part no source could confirm is null, never guessed; validate.ts then
    // requires a note that says the address is incomplete.
    street: Type.Union([Text, Type.Null()]),
    houseNumber: Type.Union([
      Type.String({ pattern: '^[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?$' }),
      Type.Null(),
    ]),
    // Stored without a space and in capitals; lookups normalise their input the same way.
    postalCode: Type.Union([Type.String({ pattern: '^[1-9][0-9]{3}[A-Z]{2}$' }), Type.Null()]),
    city: Text,
    municipalityCode: MunicipalityCode,
    capacity: Type.Integer({ minimum: 1 }),
    addressSource: Text,
    // validate.ts checks that a verified address is complete.
    addressVerified: Type.Boolean(),
    contact: Type.Object(
      {
        phone: Type.Union([Type.String({ pattern: '^\\+?[0-9][0-9 -]{7,16}$' }), Type.Null()]),
        url: Type.Union([Type.String({ pattern: '^https://' }), Type.Null()]),
      },
      strict,
    ),
    note: Type.Optional(Text),
  },
  strict,
);

export const OffenceCategorySchema = Type.Enum(OFFENCE_CATEGORIES);

export const LawArticleSchema = Type.Object(
  {
    code: Text,
    law: Type.String({ pattern: '^[A-Za-z]+$' }),
    article: Type.String({ pattern: '^[0-9]+[a-z]*$' }),
    description: Text,
    category: OffenceCategorySchema,
    scmMainGroup: Type.String({ pattern: '^[0-9]$' }),
    validFrom: Type.Union([CalendarDate, Type.Null()]),
    validUntil: Type.Union([CalendarDate, Type.Null()]),
    note: Type.Optional(Text),
  },
  strict,
);

export const OffenceGroupSchema = Type.Object(
  { code: Type.String({ pattern: '^[0-9]$' }), name: Text },
  strict,
);

export const DetentionTitleSchema = Type.Object(
  {
    kind: Type.Union(
      (['pre-trial', 'prison-sentence', 'substitute-detention', 'tbs-dwangverpleging', 'pij'] as const).map(
        (k) => Type.Literal(k),
      ),
    ),
    name: Text,
    sectors: Type.Array(Sector, { minItems: 1, uniqueItems: true }),
    legalBasis: Text,
    description: Text,
  },
  strict,
);

/** A shipped file: where the list comes from and its items. */
export function listFileSchema<T extends TSchema>(item: T) {
  return Type.Object({ source: ReferenceSourceSchema, items: Type.Array(item) }, strict);
}

// Compile-time proof that a value passing a schema is the model type it is read as:
// if a schema drifts from model.ts, one of these entries stops type-checking.
type Fits<S extends TSchema, M> = Static<S> extends M ? true : never;
export const SCHEMAS_FIT_MODEL: [
  Fits<typeof ReferenceSourceSchema, ReferenceSource>,
  Fits<typeof MunicipalitySchema, Municipality>,
  Fits<typeof MunicipalityMergerSchema, MunicipalityMerger>,
  Fits<typeof InstitutionSchema, Institution>,
  Fits<typeof LawArticleSchema, LawArticle>,
  Fits<typeof OffenceGroupSchema, OffenceGroup>,
  Fits<typeof DetentionTitleSchema, DetentionTitle>,
] = [true, true, true, true, true, true, true];
