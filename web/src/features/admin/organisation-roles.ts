import { ROLE_ORGANISATIONS, type Role } from '../../lib/auth/roles.ts';
import type { OrganisationKind } from './api/get-organisations.ts';

/** Whether an organisation of `kind` may hold `role` (the API refuses others: 422 ROLE_NOT_ALLOWED). */
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
