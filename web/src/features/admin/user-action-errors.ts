/**
 * Why the service refused an administrator's action on a user, in Dutch: each
 * code admin-users.ts gives, so the page says what happened and what to do
 * instead of "De invoer is niet geldig". This file imports nothing, so the
 * tests read it too.
 */

export const ACTION_ERRORS: Readonly<Record<string, string>> = {
  SELF_LOCKOUT:
    'U kunt uzelf niet deactiveren, uw eigen rol Beheerder niet afnemen en uw eigen wachtwoord niet herstellen. Vraag dat aan een andere beheerder.',
  OIDC_USER: 'Deze gebruiker logt in via de eigen organisatie. Het wachtwoord wordt daar beheerd, niet hier.',
  USER_INACTIVE: 'De gebruiker is gedeactiveerd. Activeer de gebruiker eerst.',
  USER_ACTIVE: 'De gebruiker is al actief.',
  ROLE_NOT_ALLOWED: 'Een van de rollen past niet bij de organisatie van de gebruiker.',
  USER_NOT_FOUND: 'Deze gebruiker bestaat niet.',
  ORGANISATION_NOT_FOUND: 'De organisatie van de gebruiker bestaat niet.',
};
