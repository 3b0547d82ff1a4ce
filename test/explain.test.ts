/** GET /api/v1/operaties/uitleg/{source}/{eventId}: why an event did or did not make notices. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ingestAtomically } from '../src/pipeline.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { addressRegistered, admission, oneOfEachType, personRegistered, skn } from './fixtures/events.ts';
import { type LoggedIn, loginAs, startTestApp, type TestApp } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';
import { takePart } from './helpers/participation.ts';

for (const backend of testBackends()) {
  describe(`explanation of an event on ${backend.name}`, () => {
    let t: TestApp;
    let operator: LoggedIn;
    const story = oneOfEachType(skn(1));
    const find = (type: string, source?: string) =>
      story.find((e) => e.type === type && (!source || e.source === source)) as Record<string, string>;
    const unknown = skn(31);
    /** A title whose article the reference data does not know: its BIJ notice goes to the operators. */
    const unknownOffence = [
      personRegistered({ skn: unknown, bsn: '123456782', surname: 'Onbekend' }),
      addressRegistered({ skn: unknown }),
      admission({
        skn: unknown,
        title: { kind: 'prison-sentence', irrevocable: true, offences: ['Sr 999'], sentenceDays: 500 },
      }),
      {
        eventId: 'unknown-offence-release',
        source: 'TULP-GW',
        type: 'release-scheduled',
        occurredAt: '2026-03-01T10:00:00+01:00',
        skn: unknown,
        institution: admission().institution,
        releaseDate: '2026-04-01',
      },
    ];
    before(async () => {
      t = await startTestApp(backend);
      await takePart(t.store.db);
      await ingestAtomically(t.store.db, story, { catalog: defaultReferenceCatalog() });
      await ingestAtomically(t.store.db, unknownOffence, { catalog: defaultReferenceCatalog() });
      operator = await loginAs(t, 'operator', ['justid-operator']);
    });
    after(() => t.close());
    const explain = (source: string, eventId: string, headers = operator.headers) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/operaties/uitleg/${source}/${encodeURIComponent(eventId)}`,
        headers,
      });

    it('shows the notices an event made and why the other rules made none', async () => {
      const leave = find('leave-authorization');
      const response = await explain(leave.source as string, leave.eventId as string);
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.equal(body.event.type, 'leave-authorization');
      assert.deepEqual(
        body.notices.map(
          (n: { box: string; type: string; recipient: string }) => `${n.box} ${n.type} ${n.recipient}`,
        ),
        ['bij pij-verlofmachtiging GM0599'],
      );
      assert.equal(body.notices[0].status, 'awaiting-review', 'a BIJ notice waits for the operator');
      assert.deepEqual(body.decisions, [
        {
          box: 'victims',
          reason: 'verlof: no title of the episode has a case number',
          ruleSet: 'bij-18b-2023',
          noticeType: 'verlof',
          text: 'geen titel van deze detentie heeft een parketnummer',
        },
      ]);
    });

    it('tells why a notice could not be routed, not only the exception code', async () => {
      const body = (await explain('TULP-GW', 'unknown-offence-release')).json();
      const bij = body.notices.find((n: { box: string }) => n.box === 'bij');
      assert.equal(bij.exception, 'unknown-offence');
      assert.match(bij.exceptionReason, /^unknown offence Sr 999: .*an operator decides/);
      assert.match(
        bij.exceptionText,
        /^het feit Sr 999 staat niet in de referentiegegevens.*een operator beslist/,
      );
      assert.equal(bij.late, false);
      assert.equal(bij.supersedes, null);
      const routed = body.notices.filter((n: { exception: string | null }) => n.exception === null);
      for (const n of routed)
        assert.equal(
          n.exceptionReason ?? n.exceptionText,
          null,
          'a routed notice has no exception to explain',
        );
    });

    it('says so when no rule reacts to the event', async () => {
      const person = find('person-registered');
      const body = (await explain('SKDB', person.eventId as string)).json();
      assert.deepEqual(body.notices, []);
      assert.match(body.note, /no notification rule reacts/);
    });

    it('is logged, refused to other roles and anonymous callers, and 404 for an unknown event', async () => {
      const before = await countRows(t.store.db, 'processing_log');
      const escaped = find('escape');
      assert.equal((await explain('TULP-GW', escaped.eventId as string)).statusCode, 200);
      assert.equal(await countRows(t.store.db, 'processing_log'), before + 1);
      const consult = await loginAs(t, 'raadpleger', ['consultation']);
      assert.equal((await explain('TULP-GW', escaped.eventId as string, consult.headers)).statusCode, 403);
      assert.equal((await explain('TULP-GW', escaped.eventId as string, {})).statusCode, 401);
      assert.equal((await explain('TULP-GW', 'no-such-event')).statusCode, 404);
      assert.equal((await explain('POLITIE', 'x')).statusCode, 400);
    });
  });
}
