/**
 * E-mail alerts against a real SMTP server (smtp-server on a random loopback
 * port), on every storage backend: who is told, that the e-mail tells
 * nothing of the notice, one e-mail per user per box per round, retries
 * with backoff until `failed`, and a worker restart that neither loses nor
 * repeats an alert.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createUser, type Role } from '../src/access/index.ts';
import {
  type AlertDelivery,
  composeAlert,
  listDeliveries,
  type Mailer,
  type RetryPolicy,
  runAlertsOnce,
  smtpMailer,
  startAlertWorker,
} from '../src/alerts/index.ts';
import { ingestAtomically } from '../src/pipeline.ts';
import { ConfigError, loadConfig } from '../src/platform/config.ts';
import type { Db } from '../src/platform/db.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { bsn, oneOfEachType, skn } from './fixtures/events.ts';
import { type LoggedIn, loginAs, startTestApp, type TestApp } from './helpers/app.ts';
import { testBackends } from './helpers/db.ts';
import { takePart } from './helpers/participation.ts';
import { closedSmtpUrl, type ReceivedMail, startSmtp, type TestSmtp } from './helpers/smtp.ts';

// --- The story and the users -------------------------------------------------------------

const AMSTERDAM = 'GM0363';
const ROTTERDAM = 'GM0599';
const UTRECHT = 'GM0344';
const FROM = 'Ketenzicht <noreply@ketenzicht.test>';
const PORTAL = 'https://ketenzicht.test';
const catalog = defaultReferenceCatalog();

/** Who works where, with which roles, and whether they have an e-mail address. */
const USERS: { username: string; organisation: string; roles: Role[]; email: boolean }[] = [
  { username: 'bij.amsterdam', organisation: AMSTERDAM, roles: ['bij-officer'], email: true },
  { username: 'nazorg.amsterdam', organisation: AMSTERDAM, roles: ['reintegration-officer'], email: true },
  {
    username: 'beide.amsterdam',
    organisation: AMSTERDAM,
    roles: ['bij-officer', 'reintegration-officer'],
    email: true,
  },
  {
    username: 'zondermail.amsterdam',
    organisation: AMSTERDAM,
    roles: ['reintegration-officer'],
    email: false,
  },
  { username: 'bij.rotterdam', organisation: ROTTERDAM, roles: ['bij-officer'], email: true },
  { username: 'nazorg.rotterdam', organisation: ROTTERDAM, roles: ['reintegration-officer'], email: true },
  { username: 'bij.utrecht', organisation: UTRECHT, roles: ['bij-officer'], email: true },
  { username: 'idv', organisation: 'CJIB-IDV', roles: ['victim-desk-officer'], email: true },
  { username: 'rvdk', organisation: 'RVDK', roles: ['reintegration-officer'], email: true },
  { username: 'raadpleger', organisation: '3RO', roles: ['consultation'], email: true },
];
const mail = (username: string) => `${username}@example.test`;

async function createUsers(db: Db): Promise<void> {
  for (const u of USERS)
    await createUser(db, {
      username: u.username,
      displayName: u.username,
      organisation: u.organisation,
      roles: u.roles,
      email: u.email ? mail(u.username) : null,
    });
}

/** A person's story (oneOfEachType) with its own SKN and BSN, so no text of it can be mistaken for another's. */
function storyOf(n: number) {
  const person = skn(100 + n);
  const personBsn = bsn(100 + n);
  const surname = `Achternaam${n}`;
  const events = oneOfEachType(person).map((e) =>
    e.type === 'person-registered' ? { ...e, bsn: personBsn, surname, givenNames: `Voornaam${n}` } : e,
  );
  return { events, secrets: [person, personBsn, surname, `Voornaam${n}`] };
}

/** "username box" for each e-mail, from its recipient and subject, sorted. */
const summary = (received: readonly ReceivedMail[]) =>
  received
    .map((r) => `${r.to.replace('@example.test', '')} ${r.subject.replace(/.* Berichtenbox /, '')}`)
    .sort();

const FAST_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 10 * 60_000 };
const minutes = (n: number) => n * 60_000;

for (const backend of testBackends()) {
  describe(`e-mail alerts on ${backend.name}`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    let mailer: Mailer;
    let operator: LoggedIn;
    /** The worker's clock: every round is later than the one before. */
    let clock = Date.now();
    const round = (m: Mailer | undefined = mailer, advanceMs = 1000) => {
      clock += advanceMs;
      return runAlertsOnce(t.store.db, m, new Date(clock), {
        portalUrl: PORTAL,
        from: FROM,
        retry: FAST_RETRY,
      });
    };
    const confirmBijNotices = async () => {
      const waiting = await t.store.db
        .selectFrom('notices')
        .select('id')
        .where('box', '=', 'bij')
        .where('status', '=', 'awaiting-review')
        .where('recipient', 'is not', null)
        .execute();
      assert.ok(waiting.length > 0);
      for (const { id } of waiting) {
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/v1/operaties/bij-controle/${id}`,
          headers: operator.headers,
          payload: { decision: 'confirm' },
        });
        assert.equal(response.statusCode, 200, response.body);
      }
    };
    /** The wait is counted from the failed attempt, which comes a little after the round's start. */
    const assertWait = (d: AlertDelivery, ms: number) => {
      const wait = d.nextAttemptAt.getTime() - clock;
      assert.ok(wait >= ms && wait < ms + 5000, `waits ${wait} ms, expected ${ms}`);
    };
    const ingest = (events: Record<string, unknown>[]) => ingestAtomically(t.store.db, events, { catalog });

    before(async () => {
      t = await startTestApp(backend);
      smtp = await startSmtp();
      mailer = smtpMailer({ url: smtp.url, from: FROM });
      await createUsers(t.store.db);
      // The boxes' readers are the users above: the municipalities take part, without stand-ins.
      await takePart(t.store.db, undefined, { standIns: false });
      operator = await loginAs(t, 'operator', ['justid-operator']);
    });
    beforeEach(() => {
      smtp.received.length = 0;
      smtp.refuse(false);
    });
    after(async () => {
      mailer.close();
      await smtp.close();
      await t.close();
    });

    it('tells each reader of a box once that something is waiting, and nothing of what', async () => {
      const story = storyOf(1);
      await ingest(story.events);

      // Re-integration and victims notices are delivered at once; BIJ notices wait for the operator.
      const first = await round();
      assert.deepEqual(summary(smtp.received), [
        'beide.amsterdam Re-integratie',
        'idv Slachtoffers',
        'nazorg.amsterdam Re-integratie',
        'rvdk Re-integratie',
      ]);
      assert.equal(first.sent, 4);

      const text = smtp.received.find((r) => r.to === mail('nazorg.amsterdam'))?.text ?? '';
      assert.match(
        text,
        /Er staan nieuwe berichten klaar in de Berichtenbox Re-integratie van Gemeente Amsterdam\./,
      );
      assert.match(text, /Log in op Ketenzicht om ze te lezen: https:\/\/ketenzicht\.test/);
      assert.match(
        smtp.received.find((r) => r.to === mail('idv'))?.text ?? '',
        /Berichtenbox Slachtoffers van CJIB, Informatiepunt Detentieverloop/,
      );
      for (const message of smtp.received) {
        for (const secret of story.secrets)
          assert.ok(!message.raw.includes(secret), `${secret} in an e-mail`);
        assert.doesNotMatch(
          message.raw,
          /inschrijving|einde-detentie|verlof|ontvluchting|vrijlating|IDV-2026/i,
        );
        assert.match(message.messageId, /^<alert-\d+-\d+@ketenzicht\.test>$/);
      }

      // Nothing new: nothing sent.
      const again = await round();
      assert.equal(again.sent, 0);
      assert.equal(smtp.received.length, 4);

      // The operator confirms the BIJ notices: now the BIJ boxes have something.
      await confirmBijNotices();
      await round();
      assert.deepEqual(summary(smtp.received.slice(4)), [
        'beide.amsterdam BIJ',
        'bij.amsterdam BIJ',
        'bij.rotterdam BIJ',
      ]);
      assert.match(
        smtp.received.find((r) => r.to === mail('bij.rotterdam'))?.text ?? '',
        /Berichtenbox BIJ van Gemeente Rotterdam\./,
      );
      assert.equal((await round()).sent, 0);
      assert.equal(smtp.received.length, 7);

      // Each delivery says which notices it covered; every delivered notice was covered once per reader.
      const deliveries = await listDeliveries(t.store.db);
      assert.ok(deliveries.every((d) => d.status === 'sent' && d.attempts === 1));
      const covered = (username: string, box: string) =>
        deliveries
          .filter((d) => d.box === box && d.userId === userIdOf(username))
          .flatMap((d) => d.noticeIds);
      const userIds = await t.store.db.selectFrom('users').select(['id', 'username']).execute();
      const userIdOf = (username: string) => userIds.find((u) => u.username === username)?.id;
      const inBox = async (recipient: string, box: 'bij' | 'reintegration') =>
        (
          await t.store.db
            .selectFrom('notices')
            .select('id')
            .where('recipient', '=', recipient)
            .where('box', '=', box)
            .orderBy('id')
            .execute()
        ).map((n) => n.id);
      assert.deepEqual(covered('nazorg.amsterdam', 'reintegration'), await inBox(AMSTERDAM, 'reintegration'));
      assert.deepEqual(covered('bij.rotterdam', 'bij'), await inBox(ROTTERDAM, 'bij'));
    });

    it('retries a refused e-mail with growing waits, then marks it failed', async () => {
      smtp.refuse(true);
      await ingest(storyOf(2).events);

      const first = await round();
      assert.equal(first.queued, 4);
      assert.equal(first.retrying, 4);
      const queued = await listDeliveries(t.store.db, { status: 'queued' });
      assert.equal(queued.length, 4);
      for (const d of queued) {
        assert.equal(d.attempts, 1);
        assert.match(d.lastError ?? '', /550/);
        assertWait(d, minutes(1));
      }

      // Not due yet: no attempt.
      assert.equal((await round(mailer, minutes(0.5))).retrying, 0);

      // The server is down altogether now: the round stops after the first attempt that reaches no
      // server, which waits two minutes now; the others keep their turn.
      const down = await round(smtpMailer({ url: await closedSmtpUrl(), from: FROM }), minutes(1));
      assert.equal(down.retrying, 1);
      const [tried, ...untried] = (await listDeliveries(t.store.db, { status: 'queued' })).sort(
        (a, b) => b.attempts - a.attempts,
      );
      assert.equal(tried?.attempts, 2);
      assert.match(tried?.lastError ?? '', /ECONNREFUSED|connect/i);
      assertWait(tried as AlertDelivery, minutes(2));
      assert.deepEqual(
        untried.map((d) => d.attempts),
        [1, 1, 1],
      );

      // The server answers again (still refusing): the other three have their second attempt.
      assert.equal((await round()).retrying, 3);

      // The third attempt is the last.
      assert.equal((await round(mailer, minutes(1))).retrying, 0, 'still waiting');
      const third = await round(mailer, minutes(1.5));
      assert.equal(third.failed, 4);
      const failed = await listDeliveries(t.store.db, { status: 'failed' });
      assert.equal(failed.length, 4);
      assert.ok(failed.every((d) => d.attempts === 3 && /550/.test(d.lastError ?? '')));
      assert.ok(failed.every((d) => d.status === 'failed' && d.sentAt === null));
      assert.equal(smtp.received.length, 0);

      // A failed delivery stays failed; new notices get a new delivery once the server is back.
      smtp.refuse(false);
      assert.equal((await round(mailer, minutes(60))).sent, 0);
      await ingest(storyOf(3).events);
      assert.equal((await round()).sent, 4);
      assert.equal((await listDeliveries(t.store.db, { status: 'failed' })).length, 4);
    });

    it('survives a worker that dies mid-round: nothing lost, only the e-mail in hand may go twice', async () => {
      await ingest(storyOf(4).events);

      // A worker sends its first e-mail, then dies before it can record that (its send never returns).
      let resolveSent: () => void = () => {};
      const sentOnce = new Promise<void>((resolve) => {
        resolveSent = resolve;
      });
      const dying: Mailer = {
        async send(m) {
          await mailer.send(m);
          resolveSent();
          await new Promise(() => {});
        },
        close() {},
      };
      clock += 1000;
      void runAlertsOnce(t.store.db, dying, new Date(clock), {
        from: FROM,
        retry: FAST_RETRY,
        leaseMs: minutes(5),
      });
      await sentOnce;
      assert.equal(smtp.received.length, 1);
      const inHand = smtp.received[0] as ReceivedMail;

      // A new worker on the same store sends the rest at once, but not the delivery under the dead one's lease...
      await round();
      assert.equal(smtp.received.length, 4);
      assert.equal(new Set(summary(smtp.received)).size, 4);

      // ...until the lease has run out: then that one goes again, with the same Message-ID.
      assert.equal((await round(mailer, minutes(1))).sent, 0);
      assert.equal((await round(mailer, minutes(5))).sent, 1);
      const resent = smtp.received[4] as ReceivedMail;
      assert.equal(resent.to, inHand.to);
      assert.equal(resent.messageId, inHand.messageId);
      assert.equal((await round(mailer, minutes(5))).sent, 0);
    });

    it('runs as one awaited loop that a restart picks up where it left off', async () => {
      await ingest(storyOf(5).events);
      const waitFor = async (n: number) => {
        for (let i = 0; i < 200 && smtp.received.length < n; i++) await new Promise((r) => setTimeout(r, 10));
        assert.equal(smtp.received.length, n);
      };

      const worker = startAlertWorker(t.store.db, mailer, { intervalMs: 20, from: FROM });
      await waitFor(4);
      await worker.stop();

      // Stopped: new notices wait in the outbox...
      await ingest(storyOf(6).events);
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(smtp.received.length, 4);

      // ...and the next worker sends them, once, and repeats nothing.
      const restarted = startAlertWorker(t.store.db, mailer, { intervalMs: 20, from: FROM });
      await waitFor(8);
      await new Promise((r) => setTimeout(r, 100));
      await restarted.stop();
      assert.equal(smtp.received.length, 8);
      assert.equal(new Set(smtp.received.map((r) => r.messageId)).size, 8);
    });

    it('sends nothing when the notices were opened before the retry came due', async () => {
      smtp.refuse(true);
      await ingest(storyOf(7).events);
      assert.equal((await round()).retrying, 4);
      smtp.refuse(false);
      // Someone of each organisation read everything meanwhile.
      await t.store.db
        .updateTable('notices')
        .set({ status: 'read' })
        .where('status', '=', 'delivered')
        .execute();
      const later = await round(mailer, minutes(2));
      assert.equal(later.skipped, 4);
      assert.equal(smtp.received.length, 0);
      const skipped: AlertDelivery[] = await listDeliveries(t.store.db, { status: 'skipped' });
      assert.ok(skipped.every((d) => /opened, forwarded or deleted/.test(d.skipReason ?? '')));
    });
  });
}

describe('composeAlert', () => {
  it('tells of one new notice in the singular, and leaves the link out without a portal address', () => {
    const { subject, text } = composeAlert({
      box: 'bij',
      organisationName: 'Gemeente Amsterdam',
      count: 1,
      portalUrl: undefined,
    });
    assert.equal(subject, 'Nieuw bericht in de Berichtenbox BIJ');
    assert.match(
      text,
      /^Er staat een nieuw bericht klaar in de Berichtenbox BIJ van Gemeente Amsterdam\.\nLog in op Ketenzicht om het te lezen\.\n/,
    );
  });
});

describe('alert settings', () => {
  it('default to queueing without sending, from noreply@ketenzicht.local, every minute', () => {
    const { alerts } = loadConfig({});
    assert.deepEqual(alerts, {
      smtpUrl: undefined,
      from: 'Ketenzicht <noreply@ketenzicht.local>',
      portalUrl: undefined,
      intervalSeconds: 60,
      maxAttempts: 8,
    });
  });

  it('refuse an SMTP_URL that is not smtp:// or smtps://, and a PORTAL_URL that is not http(s)', () => {
    assert.throws(() => loadConfig({ SMTP_URL: 'mail.example.nl:25' }), ConfigError);
    assert.throws(() => loadConfig({ PORTAL_URL: 'ketenzicht.example.nl' }), ConfigError);
    assert.equal(
      loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.nl:465' }).alerts.smtpUrl,
      'smtps://u:p@mail.example.nl:465',
    );
  });
});
