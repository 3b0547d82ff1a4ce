/** The roles of the API (src/access/model.ts, which imports nothing) and what the portal calls them. */
import type { Role } from '../../../../src/access/model.ts';

export {
  type Organisation,
  type OrganisationKind,
  ROLE_ORGANISATIONS,
  ROLES,
  type Role,
} from '../../../../src/access/model.ts';

export const ROLE_LABELS: Record<Role, string> = {
  consultation: 'Raadplegen detentiegegevens',
  'bij-officer': 'BIJ-functionaris',
  'reintegration-officer': 'Medewerker re-integratie (art. 18a)',
  'victim-desk-officer': 'Medewerker slachtofferloket',
  'justid-operator': 'Operator Justid',
  administrator: 'Beheerder',
};

export function hasRole(roles: readonly Role[] | undefined, allowed: readonly Role[]): boolean {
  return roles?.some((role) => allowed.includes(role)) ?? false;
}
