/**
 * The reference module's public API: other modules import from here only.
 * The lists and their sources are described in data/SOURCES.md.
 */
export type {
  AddressForMunicipality,
  AddressMunicipality,
  ReferenceCatalog,
  SplitPlacement,
} from './catalog.ts';
export { createReferenceCatalog, defaultReferenceCatalog, loadReferenceData } from './catalog.ts';
export type {
  CalendarDate,
  DetentionTitle,
  DetentionTitleKind,
  Institution,
  InstitutionContact,
  LawArticle,
  Municipality,
  MunicipalityMerger,
  MunicipalitySplit,
  OffenceCategory,
  OffenceGroup,
  ReferenceData,
  ReferenceSource,
  Sector,
} from './model.ts';
export { OFFENCE_CATEGORIES } from './model.ts';
export type { OffenceModifier, ParsedOffence } from './offence-code.ts';
export {
  formatOffenceCode,
  normalizeOffenceCode,
  OFFENCE_MODIFIERS,
  parseOffenceCode,
} from './offence-code.ts';
export { isValidOn } from './period.ts';
export { referenceRoutes } from './routes.ts';
export type { ReferenceIssue } from './validate.ts';
export { checkReferenceData, ReferenceDataError, validateReferenceData } from './validate.ts';
