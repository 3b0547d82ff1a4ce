/**
 * Password login throttling (issue 11, finding 6), on every storage backend:
 * a locked client and an unknown user get what a wrong password gets, in
 * the same time; a stranger's failures lock only the stranger's address;
 * the holder is told by e-mail, at a real SMTP server.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createUser, hashPassword } from '../src/access/index.ts';
import { clientAddress } from '../src/access/login-throttle.ts';
import { type AlertRound, runAlertsOnce, smtpMailer } from '../src/alerts/index.ts';
import { startTestApp, TEST_PASSWORD, type TestApp } from './helpers/app.ts';
import { testBackends } from './helpers/db.ts';
import { closedSmtpUrl, startSmtp, type TestSmtp } from './helpers/smtp.ts';

const MAX_FAILURES = 3;
const LOCK_MINUTES = 15;
const FROM = 'Ketenzicht <noreply@ketenzicht.test>';
const PORTAL = 'https://ketenzicht.test';

let hashed: Promise<string> | undefined;

/** A different client address for every call: the login route's rate limit (20 a minute) is per address. */
let addressCounter = 0;
const nextAddress = () => {
  addressCounter++;
  return `10.${(addressCounter >> 8) & 255}.${addressCounter & 255}.7`;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

for (const backend of testBackends()) {
  describe(`password login throttling on ${backend.name}`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    before(async () => {
      t = await startTestApp(backend, { loginMaxFailures: MAX_FAILURES, loginLockMinutes: LOCK_MINUTES });
      smtp = await startSmtp();
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    let userCounter = 0;
    /** An account holder with the test password, and an e-mail address unless `email` is null. */
    async function holder(email: string | null = 'holder') {
      hashed ??= hashPassword(TEST_PASSWORD);
      userCounter++;
      const username = `houder${userCounter}`;
      const user = await createUser(t.store.db, {
        username,
        displayName: `Houder ${userCounter}`,
        email: email === null ? null : `${email}${userCounter}@ketenzicht.test`,
        organisation: '3RO',
        roles: ['consultation'],
        passwordHash: await hashed,
      });
      return { ...user, username };
    }

    const login = (username: string, password: string, remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/sessie', payload: { username, password }, remoteAddress });

    async function lockOut(username: string, address: string, password = 'not the password') {
      for (let i = 0; i < MAX_FAILURES; i++) {
        const response = await login(username, `${password} ${i}`, address);
        assert.equal(response.statusCode, 401, response.body);
      }
    }

    const round = (now = new Date(), url = smtp.url): Promise<AlertRound> => {
      const mailer = smtpMailer({ url, from: FROM });
      return runAlertsOnce(t.store.db, mailer, now, { from: FROM, portalUrl: PORTAL }).finally(() =>
        mailer.close(),
      );
    };

    const noticesOf = async (userId: number) =>
      Number(
        (
          await sql<{
            n: string;
          }>`SELECT count(*) AS n FROM login_lock_notices WHERE user_id = ${userId}`.execute(t.store.db)
        ).rows[0]?.n,
      );

    it('answers a locked client, an unknown user and a wrong password with the same body: 401, no unlock time', async () => {
      const { username } = await holder();
      const stranger = nextAddress();
      await lockOut(username, stranger);
      const answers = {
        'locked client, right password': await login(username, TEST_PASSWORD, stranger),
        'locked client, wrong password': await login(username, 'still not it', stranger),
        'unknown user': await login('niemand-bekend', 'not the password', nextAddress()),
        'wrong password': await login(username, 'not the password', nextAddress()),
      };
      const bodies = Object.entries(answers).map(([what, response]) => {
        assert.equal(response.statusCode, 401, what);
        assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8', what);
        assert.equal(response.headers['retry-after'], undefined, what);
        assert.equal(response.cookies.length, 0, `${what}: no session`);
        assert.doesNotMatch(response.body, /\d{4}-\d{2}-\d{2}T|LOGIN_LOCKED|locked until|after /i, what);
        const { requestId, ...rest } = response.json();
        assert.ok(requestId, what);
        return rest;
      });
      for (const body of bodies) assert.deepEqual(body, bodies[0]);
      assert.equal(bodies[0]?.code, 'LOGIN_FAILED');
    });

    it('takes as long for a locked client and an unknown user as for a wrong password', async () => {
      const { username } = await holder();
      const locked = nextAddress();
      await lockOut(username, locked);
      // Warm up: the dummy hash is made at the first unknown user.
      await login('niemand-warm', 'x', nextAddress());
      const times: Record<'unknown' | 'locked' | 'wrong', number[]> = { unknown: [], locked: [], wrong: [] };
      const timed = async (kind: keyof typeof times, request: () => ReturnType<typeof login>) => {
        const started = performance.now();
        const response = await request();
        times[kind].push(performance.now() - started);
        assert.equal(response.statusCode, 401, `${kind}: ${response.body}`);
      };
      // Interleaved, so a busy moment on the machine falls on all three alike.
      for (let i = 0; i < 15; i++) {
        await timed('unknown', () => login(`niemand-${i}`, 'not the password', nextAddress()));
        await timed('locked', () => login(username, TEST_PASSWORD, locked));
        // One wrong password from each address, so none of them locks.
        await timed('wrong', () => login(username, 'not the password', nextAddress()));
      }
      const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
      const values = Object.values(medians);
      const ratio = Math.max(...values) / Math.min(...values);
      console.log(
        `login timing on ${backend.name}: median ms ${JSON.stringify(
          Object.fromEntries(Object.entries(medians).map(([k, v]) => [k, Number(v.toFixed(1))])),
        )}, max/min ${ratio.toFixed(2)}`,
      );
      assert.ok(ratio < 3, `medians ${JSON.stringify(medians)} differ by a factor ${ratio.toFixed(2)}`);
      // The old 3-5 ms answer of a locked account: a lock is no shortcut past the hash.
      assert.ok((medians.locked ?? 0) > 0.5 * (medians.wrong ?? 0));
    });

    it('does not let a stranger lock the holder out: only the stranger’s address is locked', async () => {
      const { username } = await holder();
      const stranger = nextAddress();
      await lockOut(username, stranger);
      assert.equal(
        (await login(username, TEST_PASSWORD, stranger)).statusCode,
        401,
        'the stranger is locked',
      );
      const home = await login(username, TEST_PASSWORD, nextAddress());
      assert.equal(home.statusCode, 200, `the holder gets in from elsewhere: ${home.body}`);
      assert.equal(home.json().user.username, username);
    });

    it('counts failures per address: spread over addresses, they lock nobody', async () => {
      const { username } = await holder();
      const [a, b] = [nextAddress(), nextAddress()];
      for (let i = 0; i < MAX_FAILURES - 1; i++) {
        assert.equal((await login(username, 'wrong', a)).statusCode, 401);
        assert.equal((await login(username, 'wrong', b)).statusCode, 401);
      }
      assert.equal((await login(username, TEST_PASSWORD, a)).statusCode, 200);
      assert.equal((await login(username, TEST_PASSWORD, b)).statusCode, 200);
    });

    it('counts an IPv6 client by its /64, and an IPv4 address mapped into IPv6 as that address', async () => {
      const { username } = await holder();
      await lockOut(username, '2001:db8:1:2::1');
      assert.equal((await login(username, TEST_PASSWORD, '2001:db8:1:2:ffff::9')).statusCode, 401);
      assert.equal((await login(username, TEST_PASSWORD, '2001:db8:1:3::1')).statusCode, 200);

      const other = await holder();
      const v4 = nextAddress();
      await lockOut(other.username, v4);
      assert.equal((await login(other.username, TEST_PASSWORD, `::ffff:${v4}`)).statusCode, 401);
    });

    it('forgets an address’s failures when it logs in, and lets it in again once the lock has passed', async () => {
      const { id, username } = await holder();
      const a = nextAddress();
      for (let i = 0; i < MAX_FAILURES - 1; i++) await login(username, 'wrong', a);
      assert.equal((await login(username, TEST_PASSWORD, a)).statusCode, 200);
      for (let i = 0; i < MAX_FAILURES - 1; i++) await login(username, 'wrong', a);
      assert.equal((await login(username, TEST_PASSWORD, a)).statusCode, 200, 'counting started afresh');

      await lockOut(username, a);
      assert.equal((await login(username, TEST_PASSWORD, a)).statusCode, 401);
      await sql`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE user_id = ${id}`.execute(
        t.store.db,
      );
      assert.equal((await login(username, TEST_PASSWORD, a)).statusCode, 200, 'the lock has passed');
      assert.equal(
        Number(
          (
            await sql<{ n: string }>`SELECT count(*) AS n FROM login_throttle WHERE user_id = ${id}`.execute(
              t.store.db,
            )
          ).rows[0]?.n,
        ),
        0,
        'a login leaves no row for its address',
      );
    });

    it('keeps no client address in the store, only a keyed hash', async () => {
      const { id, username } = await holder();
      const address = nextAddress();
      await login(username, 'wrong', address);
      const rows = await t.store.db
        .selectFrom('login_throttle')
        .selectAll()
        .where('user_id', '=', id)
        .execute();
      assert.equal(rows.length, 1);
      assert.doesNotMatch(JSON.stringify(rows), new RegExp(address.replaceAll('.', '\\.')));
      assert.match(rows[0]?.client ?? '', /^[A-Za-z0-9_-]{43}$/);
    });

    it('tells the holder by e-mail, once per lock, in Dutch, without the password or the address', async () => {
      const user = await holder();
      const stranger = nextAddress();
      await lockOut(user.username, stranger, 'Geheim-Wachtwoord-Poging');
      // More tries while locked, and a second stranger's lock soon after: still one e-mail.
      await login(user.username, 'more', stranger);
      await lockOut(user.username, nextAddress());
      assert.equal(await noticesOf(user.id), 1);

      // Earlier tests' holders were locked out too; their notices go in the same round.
      const first = await round();
      assert.ok(first.lockNotices.sent >= 1);
      const mails = smtp.received.filter((m) => m.to === user.email);
      assert.equal(mails.length, 1);
      const [mail] = mails;
      assert.ok(mail);
      assert.equal(mail.subject, 'Mislukte inlogpogingen op uw Ketenzicht-account');
      assert.match(mail.text, new RegExp(`gebruikersnaam ${user.username}\\)`));
      assert.match(mail.text, /met een onjuist wachtwoord/);
      assert.match(mail.text, /Was u dit niet\? Dan probeert misschien iemand anders/);
      assert.match(mail.text, /Inloggen vanaf een andere plek werkt gewoon\./);
      assert.match(mail.text, /tot \d{2}:\d{2}/);
      assert.match(mail.text, new RegExp(PORTAL.replaceAll('.', '\\.')));
      assert.doesNotMatch(mail.raw, /Geheim|Wachtwoord-Poging|not the password/);
      assert.doesNotMatch(mail.raw, /\b10\.\d+\.\d+\.7\b|127\.0\.0\.1/);
      assert.match(mail.messageId, /^<lock-\d+-\d+@ketenzicht\.test>$/);

      assert.equal((await round()).lockNotices.sent, 0, 'sent once');
      assert.equal(smtp.received.filter((m) => m.to === user.email).length, 1);
    });

    it('sends nothing to a holder without an e-mail address', async () => {
      const user = await holder(null);
      await lockOut(user.username, nextAddress());
      assert.equal(await noticesOf(user.id), 0);
      const before = smtp.received.length;
      await round();
      assert.equal(smtp.received.length, before);
    });

    it('tries a lock notice again while the SMTP server is down, and sends it once it is back', async () => {
      const user = await holder();
      await lockOut(user.username, nextAddress());
      const down = await round(new Date(), await closedSmtpUrl());
      assert.equal(down.lockNotices.retrying, 1);
      assert.equal(down.lockNotices.sent, 0);
      const back = await round(new Date(Date.now() + 2 * 60_000));
      assert.equal(back.lockNotices.sent, 1);
      assert.equal(smtp.received.filter((m) => m.to === user.email).length, 1);
      const [row] = await t.store.db
        .selectFrom('login_lock_notices')
        .select(['status', 'attempts'])
        .where('user_id', '=', user.id)
        .execute();
      assert.deepEqual(row, { status: 'sent', attempts: 2 });
    });

    it('keeps the throttle rows of an account bounded: stale ones go with its next failure', async () => {
      const { id, username } = await holder();
      for (let i = 0; i < 5; i++) await login(username, 'wrong', nextAddress());
      await sql`UPDATE login_throttle SET last_failure_at = now() - interval '1 hour' WHERE user_id = ${id}`.execute(
        t.store.db,
      );
      await login(username, 'wrong', nextAddress());
      const rows = await t.store.db
        .selectFrom('login_throttle')
        .select('failures')
        .where('user_id', '=', id)
        .execute();
      assert.deepEqual(rows, [{ failures: 1 }], 'only the new failure is left');
    });
  });
}

describe('clientAddress', () => {
  const cases: [string, string][] = [
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['::FFFF:192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['2001:db8:1:2::192.0.2.1', '2001:db8:1:2::/64'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => assert.equal(clientAddress(input), expected));
  }
});
