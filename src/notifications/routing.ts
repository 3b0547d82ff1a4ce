/**
 * Which municipality a BIJ or re-integration notice goes to (seed 002, table
 * "Type melding / Te informeren gemeente op basis van"): the entered leave
 * address for leave and regime phasing, otherwise the last known BRP address
 * that is not a DJI institution's (people held long are often registered at
 * the institution: skip those and take the one before). A municipality code
 * that no longer exists routes to its successor on the event's date.
 */
import type { BrpAddress } from '../identity/index.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import type { RoutingException } from './model.ts';

export type Route = { recipient: string } | { recipient: null; exception: RoutingException; reason: string };

export function routeToMunicipality(code: string, date: string, catalog: ReferenceCatalog): Route {
  const municipality = catalog.resolveMunicipality(code, date);
  if (!municipality) {
    return {
      recipient: null,
      exception: 'unknown-municipality',
      reason: `municipality code ${code} is not known`,
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

export function routeByBrp(addresses: readonly BrpAddress[], date: string, catalog: ReferenceCatalog): Route {
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
  return routeToMunicipality(address.municipalityCode, date, catalog);
}
