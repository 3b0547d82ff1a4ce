/**
 * Every change the audit log records about a user (admin-audit.ts) has its Dutch words in
 * the portal's history, and each reads the details the service writes for it: one row per
 * change, with the details as the API gives them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { USER_CHANGES, type UserChange } from '../src/access/admin-audit.ts';
import { CHANGE_DETAILS, CHANGE_LABELS } from '../web/src/features/admin/user-history-labels.ts';

const CASES: { change: UserChange; details: Record<string, unknown>; text: string }[] = [
  {
    change: 'user-created',
    details: {
      username: 'a.jansen',
      organisation: 'GM0363',
      roles: ['bij-officer'],
      passwordLogin: true,
      oidcLinked: false,
    },
    text: 'Gebruikersnaam ‘a.jansen’, organisatie GM0363, rollen: BIJ-functionaris; logt in met een wachtwoord.',
  },
  {
    change: 'user-updated',
    details: {
      displayName: { from: 'a.jansen', to: 'Anna Jansen' },
      email: { from: null, to: 'a@example.nl' },
    },
    text: 'naam: ‘a.jansen’ → ‘Anna Jansen’; e-mailadres: (leeg) → ‘a@example.nl’',
  },
  {
    change: 'user-roles-changed',
    details: { roles: { from: ['bij-officer'], to: ['bij-officer', 'reintegration-officer'] } },
    text: 'Van BIJ-functionaris naar BIJ-functionaris, Medewerker re-integratie (art. 18a).',
  },
  { change: 'user-deactivated', details: { sessionsEnded: 1 }, text: '1 sessie beëindigd.' },
  { change: 'user-reactivated', details: {}, text: '' },
  { change: 'user-unlocked', details: { locksLifted: 2 }, text: '2 blokkades opgeheven.' },
  {
    change: 'user-password-reset',
    details: { sessionsEnded: 0 },
    text: 'Tijdelijk wachtwoord gegeven; 0 sessies beëindigd.',
  },
  { change: 'own-password-changed', details: {}, text: '' },
];

describe("the Dutch words of a user's history", () => {
  it('has a label for every change the service records, and a row below for each', () => {
    for (const change of USER_CHANGES) assert.ok(CHANGE_LABELS[change], change);
    assert.deepEqual(
      CASES.map((c) => c.change),
      [...USER_CHANGES],
    );
  });

  for (const { change, details, text } of CASES) {
    it(`${change}: ${CHANGE_LABELS[change]}${text ? `, ${text}` : ''}`, () => {
      assert.equal(CHANGE_DETAILS[change](details), text);
    });
  }

  it('a user created for OIDC login says so', () => {
    assert.match(
      CHANGE_DETAILS['user-created']({ username: 'o', organisation: '3RO', roles: [], oidcLinked: true }),
      /rollen: geen; logt in via de eigen organisatie\.$/,
    );
  });
});
