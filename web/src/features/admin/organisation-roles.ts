import type { Role } from '../auth/roles.ts';
import type { OrganisationKind } from './api/get-organisations.ts';

/**
 * Which kinds of organisation may hold a role, as the API decides it
 * (src/access/model.ts, ROLE_ORGANISATIONS): the form offers only these, and
 * the API refuses any other (422 ROLE_NOT_ALLOWED).
 */
export const ROLE_ORGANISATIONS: Readonly<Record<Role, readonly OrganisationKind[]>> = {
  consultation: ['dji', 'cjib', 'cjib-idv', 'rvdk', '3ro', 'police', 'om', 'justid'],
  'bij-officer': ['municipality'],
  'reintegration-officer': ['municipality', 'rvdk'],
  'victim-desk-officer': ['cjib-idv'],
  'justid-operator': ['justid'],
  administrator: ['justid'],
};

export function roleAllowed(role: Role, kind: OrganisationKind | undefined): boolean {
  return kind !== undefined && ROLE_ORGANISATIONS[role].includes(kind);
}

const KIND_LABELS: Record<OrganisationKind, string> = {
  municipality: 'gemeenten',
  dji: 'DJI',
  cjib: 'CJIB',
  'cjib-idv': 'CJIB-IDV (slachtofferloket)',
  rvdk: 'Raad voor de Kinderbescherming',
  '3ro': 'Reclassering (3RO)',
  police: 'Politie',
  om: 'Openbaar Ministerie',
  justid: 'Justid',
};

const KINDS = Object.keys(KIND_LABELS) as OrganisationKind[];

/** Who may hold a role, in words: "Alleen voor gemeenten", "Voor alle ketenorganisaties, niet voor gemeenten". */
export function roleHolders(role: Role): string {
  const kinds = ROLE_ORGANISATIONS[role];
  if (kinds.length === KINDS.length - 1 && !kinds.includes('municipality'))
    return 'Voor alle ketenorganisaties, niet voor gemeenten.';
  const names = kinds.map((k) => KIND_LABELS[k]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)}` : names[0];
  return `Alleen voor ${list}.`;
}
