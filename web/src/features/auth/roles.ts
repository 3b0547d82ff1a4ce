/** The roles of the API (src/access/model.ts) and what the portal calls them. */
export type Role =
  | 'consultation'
  | 'bij-officer'
  | 'reintegration-officer'
  | 'victim-desk-officer'
  | 'justid-operator'
  | 'administrator';

export const ROLE_LABELS: Record<Role, string> = {
  consultation: 'Raadplegen detentiegegevens',
  'bij-officer': 'BIJ-functionaris',
  'reintegration-officer': 'Medewerker re-integratie (art. 18a)',
  'victim-desk-officer': 'Medewerker slachtofferloket',
  'justid-operator': 'Operator Justid',
  administrator: 'Beheerder',
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export function hasRole(roles: readonly Role[] | undefined, allowed: readonly Role[]): boolean {
  return roles?.some((role) => allowed.includes(role)) ?? false;
}
