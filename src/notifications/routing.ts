/**
 * Which municipality a BIJ or re-integration notice goes to (seed 002, table
 * "Type melding / Te informeren gemeente op basis van"): the entered leave
 * address for leave and regime phasing, otherwise the last known BRP address
 * that is not a DJI institution's (people held long are often registered at
 * the institution: skip those and take the one before).
 *
 * Two safeguards keep a notice from the wrong mayor:
 * - an institution is recognised by its address only when the reference data
 *   has it whole and a public page confirmed it (addressVerified). Until then
 *   a BRP address in the municipality of an institution the person is held in,
 *   registered on or after the admission, may be that institution: the notice
 *   goes to the operators (`unverified-institution-address`), not to the
 *   prison's town;
 * - a municipality code that no longer exists routes to its successor on the
 *   event's date; a municipality that was split (Haaren, 2021) routes by the
 *   address's residence or postal code, and an address that names none of its
 *   parts goes to the operators instead of to a guessed successor.
 */
import type { BrpAddress } from '../identity/index.ts';
import type { AddressForMunicipality, Institution, ReferenceCatalog } from '../reference/index.ts';
import type { RoutingException } from './model.ts';

export type Route = { recipient: string } | { recipient: null; exception: RoutingException; reason: string };

/** The stays of the episode the notice is about: when it began, and every institution it held the person in. */
export interface DetentionContext {
  admittedOn: string;
  /** Institution codes of every stay of the episode (transfers included). */
  institutions: readonly string[];
}

/**
 * The municipality of a code (as entered, e.g. a leave address's), or of an
 * address: an address of a split municipality is placed by its residence or
 * postal code; a bare code of one goes to the successor with most inhabitants.
 */
export function routeToMunicipality(
  target: string | AddressForMunicipality,
  date: string,
  catalog: ReferenceCatalog,
): Route {
  if (typeof target !== 'string') {
    const placed = catalog.resolveAddressMunicipality(target, date);
    if (placed.municipality === undefined) {
      return { recipient: null, exception: 'unknown-municipality', reason: placed.reason };
    }
    return { recipient: placed.municipality.code };
  }
  const municipality = catalog.resolveMunicipality(target, date);
  if (!municipality) {
    return {
      recipient: null,
      exception: 'unknown-municipality',
      reason: `municipality code ${target} is not known`,
    };
  }
  return { recipient: municipality.code };
}

/** The last BRP address valid on `date` that is not a DJI institution's address. */
export function lastPrivateAddress(
  addresses: readonly BrpAddress[],
  date: string,
  catalog: ReferenceCatalog,
): BrpAddress | undefined {
  let found: BrpAddress | undefined;
  for (const address of addresses) {
    if (address.validFrom > date) continue;
    if (catalog.institutionAtAddress(address)) continue;
    if (!found || address.validFrom >= found.validFrom) found = address;
  }
  return found;
}

// Compare municipalities as they are now: an institution's code is a current one, and an
// address registered before a merger lies in the merged municipality's territory.
const NOW = '9999-12-31';

/**
 * The institutions of the episode whose address is not verified and that lie in the
 * municipality of `address`, when the address was registered on or after the admission:
 * then it may be the institution itself. Empty when the address can be trusted.
 */
export function unverifiedInstitutionsNear(
  address: AddressForMunicipality & { validFrom: string },
  catalog: ReferenceCatalog,
  detention: DetentionContext,
): Institution[] {
  if (address.validFrom < detention.admittedOn) return [];
  const municipality = catalog.resolveAddressMunicipality(address, NOW).municipality;
  if (!municipality) return [];
  const found = new Map<string, Institution>();
  for (const code of detention.institutions) {
    const institution = catalog.institution(code);
    if (!institution || institution.addressVerified) continue;
    if (catalog.resolveMunicipality(institution.municipalityCode, NOW)?.code === municipality.code) {
      found.set(institution.code, institution);
    }
  }
  return [...found.values()];
}

/**
 * The route by the last private BRP address. With the detention context (the
 * admission and every institution of the episode), an address that may be an
 * unverified institution's is not trusted; without it, the address is taken as it is.
 */
export function routeByBrp(
  addresses: readonly BrpAddress[],
  date: string,
  catalog: ReferenceCatalog,
  detention?: DetentionContext,
): Route {
  const address = lastPrivateAddress(addresses, date, catalog);
  if (!address) {
    return {
      recipient: null,
      exception: 'no-address',
      reason:
        addresses.length > 0
          ? 'only DJI institution addresses (or none yet valid) in the BRP'
          : 'no BRP address',
    };
  }
  const near = detention ? unverifiedInstitutionsNear(address, catalog, detention) : [];
  if (detention && near.length > 0) {
    return {
      recipient: null,
      exception: 'unverified-institution-address',
      reason: unverifiedReason(address, near, detention.admittedOn),
    };
  }
  return routeToMunicipality(address, date, catalog);
}

export function unverifiedReason(
  address: BrpAddress,
  institutions: readonly Institution[],
  admittedOn: string,
): string {
  const names = institutions.map((i) => `${i.name} (${i.city})`).join(', ');
  return (
    `the BRP address valid from ${address.validFrom} (${address.city}), registered on or after the admission on ` +
    `${admittedOn}, lies in the municipality of ${names}, whose address is not verified: it may be the institution, not a home`
  );
}
