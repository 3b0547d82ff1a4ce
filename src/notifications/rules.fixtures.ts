/**
 * Addresses the notification tests share (rules, flows, content): a home in Amsterdam and a
 * leave address in Rotterdam, real streets with the postal codes of their towns.
 */
import type { BrpAddress } from '../identity/index.ts';

export const HOME: BrpAddress = {
  validFrom: '2015-01-01',
  municipalityCode: 'GM0363',
  street: 'Damrak',
  houseNumber: '1',
  postalCode: '1012LG',
  city: 'Amsterdam',
};

export const LEAVE = {
  municipalityCode: 'GM0599',
  street: 'Coolsingel',
  houseNumber: '40',
  postalCode: '3011AD',
  city: 'Rotterdam',
};

/** The detention source of each sector. */
export const SOURCE = { GW: 'TULP-GW', JJI: 'JVS', TBS: 'MITS' } as const;
