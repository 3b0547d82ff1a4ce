/**
 * Organisations, users and roles. A role is what a user may do; which roles
 * an organisation's users may hold follows from its legal task (a
 * municipality receives BIJ and re-integration notices, it does not consult
 * detention histories).
 */

export const ROLES = [
  'consultation',
  'bij-officer',
  'reintegration-officer',
  'victim-desk-officer',
  'justid-operator',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = [
  'municipality',
  'dji',
  'cjib',
  'cjib-idv',
  'rvdk',
  '3ro',
  'police',
  'om',
  'justid',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Organisation {
  code: string;
  name: string;
  kind: OrganisationKind;
}

/** The chain organisations besides the municipalities (which come from the reference data). */
export const CHAIN_ORGANISATIONS: readonly Organisation[] = [
  { code: 'DJI', name: 'Dienst Justitiële Inrichtingen', kind: 'dji' },
  { code: 'CJIB', name: 'Centraal Justitieel Incassobureau', kind: 'cjib' },
  { code: 'CJIB-IDV', name: 'CJIB, Informatiepunt Detentieverloop (slachtoffers)', kind: 'cjib-idv' },
  { code: 'RVDK', name: 'Raad voor de Kinderbescherming', kind: 'rvdk' },
  { code: '3RO', name: 'Reclassering (3RO)', kind: '3ro' },
  { code: 'POLITIE', name: 'Politie', kind: 'police' },
  { code: 'OM', name: 'Openbaar Ministerie', kind: 'om' },
  { code: 'JUSTID', name: 'Justitiële Informatiedienst', kind: 'justid' },
];

/** Which kinds of organisation may hold a role. */
export const ROLE_ORGANISATIONS: Readonly<Record<Role, readonly OrganisationKind[]>> = {
  consultation: ['dji', 'cjib', 'cjib-idv', 'rvdk', '3ro', 'police', 'om', 'justid'],
  'bij-officer': ['municipality'],
  'reintegration-officer': ['municipality', 'rvdk'],
  'victim-desk-officer': ['cjib-idv'],
  'justid-operator': ['justid'],
  administrator: ['justid'],
};

export interface User {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  organisation: string;
  roles: Role[];
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
