/**
 * The Berichtenbox tests' shared world: a person with one event of every type
 * and one who cannot be routed, users logged in per organisation, and a small
 * HTTP client that also finds a notice's id and status in the store.
 */
import assert from 'node:assert/strict';
import { createUser, hashPassword, type Role, SESSION_COOKIE } from '../../src/access/index.ts';
import { ingestAtomically } from '../../src/pipeline.ts';
import { defaultReferenceCatalog } from '../../src/reference/index.ts';
import { admission, bsn, institutionOf, oneOfEachType, personRegistered, skn } from '../fixtures/events.ts';
import { type LoggedIn, startTestApp, TEST_PASSWORD, type TestApp } from './app.ts';
import type { TestBackend } from './db.ts';
import { takePart } from './participation.ts';

export const AMSTERDAM = 'GM0363';
export const ROTTERDAM = 'GM0599';
export const UTRECHT = 'GM0344';
export const DEN_HAAG = 'GM0518';
export const PERSON = skn(1);
export const PERSON_BSN = '111222333';
export const UNROUTABLE = skn(2);

/** A person without a BRP address, detained, with leave to an address in a municipality that does not exist. */
function unroutableStory(person = UNROUTABLE): Record<string, unknown>[] {
  const gw = institutionOf('GW');
  const detention = (type: string, occurredAt: string, extra: Record<string, unknown>) => ({
    eventId: `${type}-${person}`,
    source: 'TULP-GW',
    type,
    occurredAt,
    skn: person,
    institution: gw,
    ...extra,
  });
  return [
    personRegistered({
      skn: person,
      bsn: bsn(2),
      surname: 'Zonderadres',
      occurredAt: '2026-01-03T09:00:00+01:00',
    }),
    admission({ skn: person, institution: gw, occurredAt: '2026-02-01T10:00:00+01:00' }),
    detention('leave-granted', '2026-03-01T10:00:00+01:00', {
      leaveFrom: '2026-03-10',
      leaveUntil: '2026-03-12',
      leaveAddress: {
        municipalityCode: 'GM9998',
        street: 'Nergensweg',
        houseNumber: '1',
        postalCode: '9999ZZ',
        city: 'Nergens',
      },
    }),
    detention('release-scheduled', '2026-03-02T10:00:00+01:00', { releaseDate: '2026-12-01' }),
  ];
}

export async function startWithStory(backend: TestBackend): Promise<TestApp> {
  const t = await startTestApp(backend);
  await takePart(t.store.db);
  const ctx = { catalog: defaultReferenceCatalog() };
  await ingestAtomically(t.store.db, oneOfEachType(PERSON), ctx);
  await ingestAtomically(t.store.db, unroutableStory(), ctx);
  return t;
}

let passwordHash: Promise<string> | undefined;

/** Logs in a new user of `organisation` with `roles`. */
export async function loginAt(
  t: TestApp,
  username: string,
  roles: Role[],
  organisation: string,
): Promise<LoggedIn> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const user = await createUser(t.store.db, {
    username,
    displayName: username,
    organisation,
    roles,
    passwordHash: await passwordHash,
  });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/sessie',
    payload: { username, password: TEST_PASSWORD },
  });
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (response.statusCode !== 200 || !cookie) throw new Error(`login failed: ${response.body}`);
  return {
    headers: { cookie: `${SESSION_COOKIE}=${cookie.value}`, 'x-csrf-token': response.json().csrfToken },
    userId: user.id,
  };
}

export function client(t: TestApp) {
  return {
    get: (url: string, who?: LoggedIn) =>
      t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who?.headers }),
    post: (url: string, payload: object, who?: LoggedIn) =>
      t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: who?.headers, payload }),
    /** The id of the one notice of `type` (for `recipient`, or without recipient when null). */
    noticeId: async (type: string, recipient: string | null, person = PERSON) => {
      const rows = await t.store.db
        .selectFrom('notices')
        .select('id')
        .where('type', '=', type)
        .where('skn', '=', person)
        .where((eb) => (recipient === null ? eb('recipient', 'is', null) : eb('recipient', '=', recipient)))
        .execute();
      assert.equal(rows.length, 1, `one ${type} notice for ${recipient}`);
      return rows[0]?.id as number;
    },
    status: async (id: number) =>
      (await t.store.db.selectFrom('notices').select('status').where('id', '=', id).executeTakeFirstOrThrow())
        .status,
  };
}

export type Summary = { id: number; type: string; status: string };
