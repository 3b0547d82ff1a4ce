/** The identity registry (SKDB): persons, SKNs, BRP addresses, identity determinations, duplicates. */
export {
  checkIdentityFact,
  type IdentityBatchState,
  type IdentityFact,
  identityFact,
  identityProjection,
  loadIdentityState,
  normalizePostalCode,
  writeIdentityFacts,
} from './apply.ts';
export { completeBsn, isValidBsn } from './bsn.ts';
export { findDuplicateCandidates, nameSimilarity, namesResemble, normalizeName } from './matching.ts';
export type * from './model.ts';
export { type Deliver, identityRoutes } from './routes.ts';
export {
  FIRST_SKN_SERIAL,
  hasValidSknCheckDigit,
  LAST_SKN_SERIAL,
  SKN_LENGTH,
  sknCheckDigit,
  sknFromSerial,
} from './skn.ts';
export {
  findPersonWithAddresses,
  listAddresses,
  listDuplicateCandidates,
  listIdentityDeterminations,
  loadAddressesOf,
  nextFreeSkn,
  type PersonQuery,
  SEARCH_LIMIT,
  searchPersons,
} from './store.ts';
