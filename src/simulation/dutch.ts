/**
 * Dutch name and street material: the word lists of faker's `nl` locale,
 * used as data only. The simulator draws from them with its own seeded
 * generator, never with faker's random functions, so output depends on the
 * seed alone.
 */
import { nl } from '@faker-js/faker';

function list(value: readonly string[] | null | undefined, what: string): readonly string[] {
  if (!value || value.length === 0) throw new Error(`@faker-js/faker's nl locale has no ${what}`);
  return value;
}

export const MALE_FIRST_NAMES = list(nl.person?.first_name?.male, 'male first names');
export const FEMALE_FIRST_NAMES = list(nl.person?.first_name?.female, 'female first names');
export const GENERIC_FIRST_NAMES = list(nl.person?.first_name?.generic, 'generic first names');
export const SURNAMES = list(nl.person?.last_name?.generic, 'last names');
export const STREET_SUFFIXES = list(nl.location?.street_suffix, 'street suffixes');
