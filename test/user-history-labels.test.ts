/**
 * Every change the audit log records about a user (admin-audit.ts) has its Dutch words in
 * the portal's history, and each reads the details the service writes for it: one row per
 * change, with the details as the API gives them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { USER_CHANGES, type UserChange } from '../src/access/admin-audit.ts';
import { ACTION_ERRORS } from '../web/src/features/admin/user-action-errors.ts';
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
    text: 'Tijdelijk wachtwoord gegeven; geen sessies beëindigd.',
  },
  { change: 'own-password-changed', details: {}, text: '' },
];

/** Counts in words: one, many, none. */
const COUNTS: { change: UserChange; details: Record<string, unknown>; text: string }[] = [
  { change: 'user-deactivated', details: { sessionsEnded: 0 }, text: 'Geen sessies beëindigd.' },
  { change: 'user-deactivated', details: { sessionsEnded: 3 }, text: '3 sessies beëindigd.' },
  { change: 'user-unlocked', details: { locksLifted: 0 }, text: 'Geen blokkades opgeheven.' },
  { change: 'user-unlocked', details: { locksLifted: 1 }, text: '1 blokkade opgeheven.' },
  {
    change: 'user-password-reset',
    details: { sessionsEnded: 1 },
    text: 'Tijdelijk wachtwoord gegeven; 1 sessie beëindigd.',
  },
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

  for (const { change, details, text } of COUNTS) {
    it(`${change} ${JSON.stringify(details)}: ${text}`, () => {
      assert.equal(CHANGE_DETAILS[change](details), text);
    });
  }

  it('a user created for OIDC login says so', () => {
    assert.match(
      CHANGE_DETAILS['user-created']({ username: 'o', organisation: '3RO', roles: [], oidcLinked: true }),
      /rollen: geen; logt in via de eigen organisatie\.$/,
    );
  });

  it("says in Dutch why an action was refused, for each code the user's actions give", () => {
    const source = readFileSync(new URL('../src/access/admin-users.ts', import.meta.url), 'utf8');
    const codes = [...source.matchAll(/(?:ConflictError|NotFoundError|DomainError)\('([A-Z_]+)'/g)].map(
      (m) => m[1],
    );
    for (const code of new Set(codes)) {
      if (
        ['WEAK_PASSWORD', 'CURRENT_PASSWORD_WRONG', 'PASSWORD_UNCHANGED', 'NO_PASSWORD'].includes(code ?? '')
      )
        continue;
      assert.ok(ACTION_ERRORS[code ?? ''], `Dutch text for ${code}`);
    }
    assert.ok(ACTION_ERRORS.ROLE_NOT_ALLOWED, 'from checkRoles');
  });
});
