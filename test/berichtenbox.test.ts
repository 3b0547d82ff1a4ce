/**
 * The Berichtenbox over HTTP on every storage backend, as one story whose steps
 * build on each other: BIJ review by a Justid operator, open, acknowledge,
 * forward, another organisation's view, field lists per notice type, the
 * operations queue, and list filters and bad input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pseudonymize } from '../src/access/index.ts';
import { BOX_TYPES, FIELD_LISTS } from '../src/notifications/index.ts';
import { type LoggedIn, loginAs, TEST_PSEUDONYM_KEY, type TestApp } from './helpers/app.ts';
import {
  AMSTERDAM,
  client,
  DEN_HAAG,
  loginAt,
  PERSON,
  PERSON_BSN,
  ROTTERDAM,
  type Summary,
  startWithStory,
  UNROUTABLE,
  UTRECHT,
} from './helpers/berichtenbox.ts';
import { countRows, testBackends } from './helpers/db.ts';

for (const backend of testBackends()) {
  describe(`Berichtenbox on ${backend.name}`, () => {
    let t: TestApp;
    let api: ReturnType<typeof client>;
    let operator: LoggedIn;
    let bijAmsterdam: LoggedIn;
    let bijRotterdam: LoggedIn;
    let bijUtrecht: LoggedIn;
    let bijDenHaag: LoggedIn;
    let reintegrationAmsterdam: LoggedIn;
    let reintegrationDenHaag: LoggedIn;
    let victimDesk: LoggedIn;
    before(async () => {
      t = await startWithStory(backend);
      api = client(t);
      operator = await loginAs(t, 'operator', ['justid-operator']);
      victimDesk = await loginAs(t, 'idv', ['victim-desk-officer']);
      bijAmsterdam = await loginAt(t, 'bij.amsterdam', ['bij-officer'], AMSTERDAM);
      bijRotterdam = await loginAt(t, 'bij.rotterdam', ['bij-officer'], ROTTERDAM);
      bijUtrecht = await loginAt(t, 'bij.utrecht', ['bij-officer'], UTRECHT);
      bijDenHaag = await loginAt(t, 'bij.denhaag', ['bij-officer'], DEN_HAAG);
      reintegrationAmsterdam = await loginAt(t, 'ri.amsterdam', ['reintegration-officer'], AMSTERDAM);
      reintegrationDenHaag = await loginAt(t, 'ri.denhaag', ['reintegration-officer'], DEN_HAAG);
    });
    after(() => t.close());

    describe('BIJ review, open and forward', () => {
      it('keeps a BIJ notice awaiting review out of the municipality box', async () => {
        const box = await api.get('/berichtenbox/bij', bijAmsterdam);
        assert.equal(box.statusCode, 200, box.body);
        assert.deepEqual(box.json().notices, []);
        assert.ok(Object.values(box.json().unread).every((n) => n === 0));
        const id = await api.noticeId('18b-melding', AMSTERDAM);
        assert.equal((await api.get(`/berichtenbox/bij/${id}`, bijAmsterdam)).statusCode, 404);
        assert.equal(await api.status(id), 'awaiting-review');
      });

      it('shows the operator each BIJ notice awaiting review with the municipality proposed and why', async () => {
        const response = await api.get('/operaties/bij-controle', operator);
        assert.equal(response.statusCode, 200, response.body);
        const notices = response.json().notices as {
          type: string;
          proposed: { code: string };
          routing: { basis: string; explanation: string; address: { street: string } | null };
        }[];
        const byType = new Map(notices.map((n) => [n.type, n]));
        assert.deepEqual([...byType.keys()].sort(), [
          '18b-melding',
          'pi-beeindiging',
          'pi-regimefasering',
          'pi-verlof',
          // The juvenile's release came without a release-scheduled: the mayor is told all the same, late.
          'pij-beeindiging',
          'pij-verlofmachtiging',
          'tbs-verlof',
          'tbs-voorwaardelijke-beeindiging',
        ]);
        const release = byType.get('pi-beeindiging');
        assert.equal(release?.proposed.code, AMSTERDAM);
        assert.equal(release?.routing.basis, 'brp');
        assert.match(release?.routing.explanation ?? '', /last BRP address .*Damrak.* GM0363 Amsterdam/);
        const leave = byType.get('pi-verlof');
        assert.equal(leave?.proposed.code, ROTTERDAM);
        assert.equal(leave?.routing.basis, 'leave-address');
        assert.equal(leave?.routing.address?.street, 'Coolsingel');
      });

      it('delivers a confirmed notice to the municipality, unread', async () => {
        const id = await api.noticeId('18b-melding', AMSTERDAM);
        const confirmed = await api.post(`/operaties/bij-controle/${id}`, { decision: 'confirm' }, operator);
        assert.equal(confirmed.statusCode, 200, confirmed.body);
        assert.deepEqual(confirmed.json(), {
          id,
          box: 'bij',
          type: '18b-melding',
          status: 'delivered',
          recipient: AMSTERDAM,
        });
        const box = (await api.get('/berichtenbox/bij', bijAmsterdam)).json();
        assert.deepEqual(
          box.notices.map((n: Summary) => [n.id, n.type, n.status]),
          [[id, '18b-melding', 'delivered']],
        );
        assert.equal(box.unread['18b-melding'], 1);
        assert.equal(box.unread['pi-beeindiging'], 0);
        const again = await api.post(`/operaties/bij-controle/${id}`, { decision: 'confirm' }, operator);
        assert.equal(again.statusCode, 409);
        assert.equal(again.json().code, 'INVALID_TRANSITION');
      });

      it('marks a notice read when its municipality opens it, and logs the processing', async () => {
        const id = await api.noticeId('18b-melding', AMSTERDAM);
        const logged = await countRows(t.store.db, 'processing_log');
        const opened = await api.get(`/berichtenbox/bij/${id}`, bijAmsterdam);
        assert.equal(opened.statusCode, 200, opened.body);
        const body = opened.json();
        assert.equal(body.status, 'read');
        assert.equal(body.legalBasis, 'art. 18b Penitentiaire beginselenwet');
        assert.deepEqual(body.content.name, { surname: 'Jansen', givenNames: 'Piet' });
        // A release: the BRP address that decided the municipality, at street level.
        assert.equal(body.content.routingAddress.street, 'Damrak');
        assert.equal(body.content.routingAddress.municipalityCode, AMSTERDAM);
        assert.deepEqual(
          body.history.map((h: { action: string; toStatus: string }) => [h.action, h.toStatus]),
          [
            ['confirm', 'delivered'],
            ['open', 'read'],
          ],
        );
        assert.equal(await countRows(t.store.db, 'processing_log'), logged + 1);
        const row = await t.store.db
          .selectFrom('processing_log')
          .selectAll()
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        assert.equal(row.processing_activity_id, 'berichtenbox-openen');
        assert.equal(row.subject_pseudonym, pseudonymize(TEST_PSEUDONYM_KEY, PERSON));
        assert.equal((await api.get('/berichtenbox/bij', bijAmsterdam)).json().unread['18b-melding'], 0);
        const reopened = await api.get(`/berichtenbox/bij/${id}`, bijAmsterdam);
        assert.equal(reopened.json().history.length, 2, 'opening again changes nothing');
      });

      it('forwards a notice to another municipality with a reason: the original is forwarded, the copy delivered', async () => {
        const id = await api.noticeId('18b-melding', AMSTERDAM);
        const reason = 'betrokkene verblijft bij familie in Rotterdam';
        const forwarded = await api.post(
          `/berichtenbox/bij/${id}/doorsturen`,
          { municipalityCode: ROTTERDAM, reason },
          bijAmsterdam,
        );
        assert.equal(forwarded.statusCode, 200, forwarded.body);
        assert.equal(forwarded.json().status, 'forwarded');
        const copyId = forwarded.json().forwardedAs as number;
        assert.equal(await api.noticeId('18b-melding', ROTTERDAM), copyId);

        const amsterdam = (await api.get('/berichtenbox/bij', bijAmsterdam)).json();
        assert.deepEqual(
          amsterdam.notices.map((n: Summary) => [n.id, n.status]),
          [[id, 'forwarded']],
        );
        const rotterdam = (await api.get('/berichtenbox/bij', bijRotterdam)).json();
        assert.deepEqual(
          rotterdam.notices.map((n: Summary) => [n.id, n.type, n.status]),
          [[copyId, '18b-melding', 'delivered']],
        );
        assert.equal(rotterdam.unread['18b-melding'], 1);
        const copy = (await api.get(`/berichtenbox/bij/${copyId}`, bijRotterdam)).json();
        assert.deepEqual(copy.history[0], {
          ...copy.history[0],
          action: 'forwarded-in',
          fromRecipient: AMSTERDAM,
          toRecipient: ROTTERDAM,
          reason,
          by: { username: 'bij.amsterdam', organisation: AMSTERDAM },
        });
        const original = (await api.get(`/berichtenbox/bij/${id}`, bijAmsterdam)).json();
        assert.deepEqual(original.history.at(-1), {
          ...original.history.at(-1),
          action: 'forward',
          fromStatus: 'read',
          toStatus: 'forwarded',
          toRecipient: ROTTERDAM,
          reason,
        });
      });

      it('refuses to forward twice, to the own municipality, to an unknown or merged one, or without a reason', async () => {
        const id = await api.noticeId('18b-melding', AMSTERDAM);
        const forward = (payload: object) =>
          api.post(`/berichtenbox/bij/${id}/doorsturen`, payload, bijAmsterdam);
        const twice = await forward({ municipalityCode: UTRECHT, reason: 'nogmaals' });
        assert.equal(twice.statusCode, 409);
        assert.equal(twice.json().code, 'INVALID_TRANSITION');
        const own = await forward({ municipalityCode: AMSTERDAM, reason: 'eigen' });
        assert.equal(own.statusCode, 422);
        assert.equal(own.json().code, 'FORWARD_TO_OWN_MUNICIPALITY');
        const unknown = await forward({ municipalityCode: 'GM9999', reason: 'onbekend' });
        assert.equal(unknown.statusCode, 422);
        assert.equal(unknown.json().code, 'UNKNOWN_MUNICIPALITY');
        const merged = await forward({ municipalityCode: 'GM0457', reason: 'Weesp' });
        assert.equal(merged.statusCode, 422);
        assert.match(merged.json().detail, /merged into GM0363/);
        for (const payload of [{ municipalityCode: UTRECHT }, { municipalityCode: UTRECHT, reason: '  ' }]) {
          const missing = await forward(payload);
          assert.equal(missing.statusCode, 400, JSON.stringify(payload));
          assert.equal(missing.json().code, 'INVALID_REQUEST');
        }
        const copyId = await api.noticeId('18b-melding', ROTTERDAM);
        const back = await api.post(
          `/berichtenbox/bij/${copyId}/doorsturen`,
          { municipalityCode: AMSTERDAM, reason: 'terug' },
          bijRotterdam,
        );
        assert.equal(back.statusCode, 409, 'Amsterdam has this notice already');
        assert.equal(back.json().code, 'ALREADY_DELIVERED');
      });

      it('lets the operator change the municipality with a reason, delivering it there and not to the first', async () => {
        const id = await api.noticeId('pi-beeindiging', AMSTERDAM);
        const decide = (payload: object) => api.post(`/operaties/bij-controle/${id}`, payload, operator);
        assert.equal((await decide({ decision: 'change', municipalityCode: UTRECHT })).statusCode, 400);
        assert.equal((await decide({ decision: 'maybe' })).statusCode, 400);
        assert.equal(
          (await decide({ decision: 'change', municipalityCode: 'GM9999', reason: 'x' })).statusCode,
          422,
        );
        const same = await decide({ decision: 'change', municipalityCode: AMSTERDAM, reason: 'x' });
        assert.equal(same.statusCode, 422);
        assert.equal(same.json().code, 'SAME_MUNICIPALITY');
        const changed = await decide({
          decision: 'change',
          municipalityCode: UTRECHT,
          reason: 'BRP-adres verouderd',
        });
        assert.equal(changed.statusCode, 200, changed.body);
        assert.equal(changed.json().recipient, UTRECHT);
        assert.deepEqual(
          (await api.get('/berichtenbox/bij', bijUtrecht)).json().notices.map((n: Summary) => n.id),
          [id],
        );
        assert.ok(
          !(await api.get('/berichtenbox/bij', bijAmsterdam))
            .json()
            .notices.some((n: Summary) => n.id === id),
        );
        const opened = (await api.get(`/berichtenbox/bij/${id}`, bijUtrecht)).json();
        assert.deepEqual(
          opened.history.map(
            (h: { action: string; fromRecipient: string; toRecipient: string; reason: string }) => [
              h.action,
              h.fromRecipient,
              h.toRecipient,
              h.reason,
            ],
          ),
          [
            ['change', AMSTERDAM, UTRECHT, 'BRP-adres verouderd'],
            ['open', UTRECHT, UTRECHT, null],
          ],
        );
        assert.equal((await decide({ decision: 'confirm' })).statusCode, 409);
      });

      it('answers 404 to the operator for a notice that is not a BIJ notice under review', async () => {
        const reintegration = await api.noticeId('deelbaar-dr-plan', AMSTERDAM);
        const unrouted = await api.noticeId('pi-beeindiging', null, UNROUTABLE);
        for (const id of [reintegration, unrouted, 999_999]) {
          const response = await api.post(`/operaties/bij-controle/${id}`, { decision: 'confirm' }, operator);
          assert.equal(response.statusCode, 404, String(id));
        }
      });
    });

    describe('re-integration and victims boxes', () => {
      it('delivers re-integration notices at once, and lets the municipality acknowledge one', async () => {
        const box = (await api.get('/berichtenbox/reintegration', reintegrationAmsterdam)).json();
        assert.ok(box.notices.length >= 5);
        assert.ok(box.notices.every((n: Summary) => n.status === 'delivered'));
        assert.equal(box.unread.inschrijving, 3, 'GW, JJI and TBS');
        const id = await api.noticeId('overplaatsing', AMSTERDAM);
        const acknowledged = await api.post(
          `/berichtenbox/reintegration/${id}/ontvangst`,
          {},
          reintegrationAmsterdam,
        );
        assert.equal(acknowledged.statusCode, 200, acknowledged.body);
        assert.equal(acknowledged.json().status, 'acknowledged');
        assert.equal(await api.status(id), 'acknowledged');
        const twice = await api.post(
          `/berichtenbox/reintegration/${id}/ontvangst`,
          {},
          reintegrationAmsterdam,
        );
        assert.equal(twice.statusCode, 409);
        const opened = (await api.get(`/berichtenbox/reintegration/${id}`, reintegrationAmsterdam)).json();
        assert.equal(opened.status, 'acknowledged', 'opening an acknowledged notice leaves it so');
      });

      it('acknowledges a read notice too', async () => {
        const id = await api.noticeId('wijziging-einddatum', AMSTERDAM);
        await api.get(`/berichtenbox/reintegration/${id}`, reintegrationAmsterdam);
        assert.equal(await api.status(id), 'read');
        const response = await api.post(
          `/berichtenbox/reintegration/${id}/ontvangst`,
          {},
          reintegrationAmsterdam,
        );
        assert.equal(response.json().status, 'acknowledged');
      });

      it('shows the victim desk victims notices only, one per registration', async () => {
        const box = await api.get('/berichtenbox/victims', victimDesk);
        assert.equal(box.statusCode, 200, box.body);
        const types = box
          .json()
          .notices.map((n: Summary) => n.type)
          .sort();
        // After the escape, the next event of the episode means the offender is back (terugkeer).
        assert.deepEqual(types, ['ontvluchting', 'terugkeer', 'verlof', 'vrijlating', 'vrijlating-gepland']);
        assert.deepEqual(Object.keys(box.json().unread).sort(), [...BOX_TYPES.victims].sort());
        assert.equal((await api.get('/berichtenbox/bij', victimDesk)).statusCode, 403);
        assert.equal((await api.get('/berichtenbox/reintegration', victimDesk)).statusCode, 403);
      });
    });

    describe('another organisation', () => {
      it("gets 404 for Amsterdam's notice, the same answer as for a notice that does not exist", async () => {
        const id = await api.noticeId('18b-melding', AMSTERDAM);
        const foreign = await api.get(`/berichtenbox/bij/${id}`, bijDenHaag);
        const missing = await api.get('/berichtenbox/bij/999999', bijDenHaag);
        assert.equal(foreign.statusCode, 404);
        assert.equal(missing.statusCode, 404);
        assert.equal(foreign.json().code, missing.json().code);
        assert.equal(foreign.json().detail, missing.json().detail);
        const reintegration = await api.noticeId('deelbaar-dr-plan', AMSTERDAM);
        for (const response of [
          await api.get(`/berichtenbox/reintegration/${reintegration}`, reintegrationDenHaag),
          await api.post(`/berichtenbox/reintegration/${reintegration}/ontvangst`, {}, reintegrationDenHaag),
          await api.post(`/berichtenbox/bij/${id}/ontvangst`, {}, bijDenHaag),
          await api.post(
            `/berichtenbox/bij/${id}/doorsturen`,
            { municipalityCode: UTRECHT, reason: 'x' },
            bijDenHaag,
          ),
        ])
          assert.equal(response.statusCode, 404, response.body);
        assert.equal(await api.status(reintegration), 'delivered', 'untouched');
      });

      it('sees an empty box whatever it filters on', async () => {
        for (const query of [
          '',
          '?status=delivered',
          '?type=18b-melding',
          '?from=2000-01-01&to=2100-01-01',
        ]) {
          const response = await api.get(`/berichtenbox/bij${query}`, bijDenHaag);
          assert.equal(response.statusCode, 200, response.body);
          assert.deepEqual(response.json().notices, [], query);
        }
        assert.deepEqual(
          (await api.get('/berichtenbox/reintegration', reintegrationDenHaag)).json().notices,
          [],
        );
      });
    });

    describe('field lists', () => {
      const open = async (box: string, id: number, who: LoggedIn) => {
        const response = await api.get(`/berichtenbox/${box}/${id}`, who);
        assert.equal(response.statusCode, 200, response.body);
        return response;
      };
      const assertWithinList = (body: { type: keyof typeof FIELD_LISTS; content: object }) => {
        const allowed: readonly string[] = FIELD_LISTS[body.type];
        for (const key of Object.keys(body.content))
          assert.ok(allowed.includes(key), `${key} in ${body.type}`);
      };

      it('gives re-integration notices BSN, name, birth date, place of stay and dates', async () => {
        const box = (await api.get('/berichtenbox/reintegration?limit=100', reintegrationAmsterdam)).json();
        assert.ok(box.notices.length >= 5);
        for (const summary of box.notices as Summary[]) {
          const body = (await open('reintegration', summary.id, reintegrationAmsterdam)).json();
          assertWithinList(body);
          assert.equal(body.content.bsn, PERSON_BSN, summary.type);
          assert.equal(body.content.birthDate, '1990-04-01');
          assert.ok(body.content.institution?.name, `${summary.type} has the place of stay`);
          if (summary.type === 'inschrijving') assert.ok(body.content.admissionDate);
          if (summary.type === 'einde-detentie') assert.ok(body.content.releaseDate);
        }
      });

      it('says of the D&R plan that it is available and where the BRP address lies, never whether the detainee consented', async () => {
        const body = (
          await open(
            'reintegration',
            await api.noticeId('deelbaar-dr-plan', AMSTERDAM),
            reintegrationAmsterdam,
          )
        ).json();
        assert.deepEqual(Object.keys(body.content).sort(), [
          'birthDate',
          'brpMunicipality',
          'bsn',
          'drPlanAvailable',
          'institution',
          'name',
        ]);
        assert.equal(body.content.drPlanAvailable, true);
      });

      it('gives BIJ notices no BSN, the leave address for leave and the BRP address for a release', async () => {
        const leave = await api.noticeId('pi-verlof', ROTTERDAM);
        await api.post(`/operaties/bij-controle/${leave}`, { decision: 'confirm' }, operator);
        const leaveBody = (await open('bij', leave, bijRotterdam)).json();
        assertWithinList(leaveBody);
        assert.equal(leaveBody.content.bsn, undefined);
        assert.ok(!JSON.stringify(leaveBody).includes(PERSON_BSN));
        assert.equal(leaveBody.content.routingAddress.street, 'Coolsingel');
        assert.ok(leaveBody.content.leaveFrom);
        const release = (
          await open('bij', await api.noticeId('18b-melding', ROTTERDAM), bijRotterdam)
        ).json();
        assertWithinList(release);
        assert.ok(!JSON.stringify(release).includes(PERSON_BSN));
        assert.ok(release.content.routingAddress?.street, 'a release names the BRP address at street level');
        assert.ok(!JSON.stringify(release).includes('zeden'), 'no risk domains');
      });

      it('gives victims notices the registration (reference and case), SKN, name and date, and no BSN', async () => {
        const box = (await api.get('/berichtenbox/victims', victimDesk)).json();
        for (const summary of box.notices as Summary[]) {
          const body = (await open('victims', summary.id, victimDesk)).json();
          assertWithinList(body);
          assert.equal(body.content.victimReference, 'IDV-2026-0001');
          assert.ok(body.content.caseNumber, `${summary.type} names the case of the registration`);
          assert.equal(body.content.skn, PERSON);
          assert.ok(!JSON.stringify(body).includes(PERSON_BSN), summary.type);
        }
      });
    });

    describe('the operations queue', () => {
      it('holds the notices that could not be routed, with the exception', async () => {
        const response = await api.get('/operaties/wachtrij', operator);
        assert.equal(response.statusCode, 200, response.body);
        const items = response.json().notices as {
          box: string;
          type: string;
          exception: string;
          proposed: null;
          routing: { explanation: string };
        }[];
        assert.deepEqual(
          items.map((n) => [n.box, n.type, n.exception]),
          [
            ['reintegration', 'inschrijving', 'no-address'],
            ['bij', 'pi-verlof', 'unknown-municipality'],
            ['bij', 'pi-beeindiging', 'no-address'],
          ],
        );
        assert.match(items[0]?.routing.explanation ?? '', /no BRP address/);
        assert.match(items[1]?.routing.explanation ?? '', /leave address .*GM9998.* not known/);
      });

      it('counts what waits on both lists, without reading anyone', async () => {
        const logged = await countRows(t.store.db, 'processing_log');
        const response = await api.get('/operaties/tellingen', operator);
        assert.equal(response.statusCode, 200, response.body);
        assert.equal(await countRows(t.store.db, 'processing_log'), logged, 'counting reads nobody');
        const review = (await api.get('/operaties/bij-controle?limit=100', operator)).json().notices.length;
        const queue = (await api.get('/operaties/wachtrij?limit=100', operator)).json().notices.length;
        assert.deepEqual(response.json(), { review, queue });
        assert.ok(queue > 0);
      });

      it('routes a notice by hand to a municipality, with a reason, delivering it there', async () => {
        const id = await api.noticeId('inschrijving', null, UNROUTABLE);
        const route = (payload: object) => api.post(`/operaties/wachtrij/${id}`, payload, operator);
        assert.equal((await route({ recipient: AMSTERDAM })).statusCode, 400);
        assert.equal((await route({ recipient: 'GM9999', reason: 'x' })).statusCode, 422);
        const routed = await route({ recipient: AMSTERDAM, reason: 'adres bekend bij de inrichting' });
        assert.equal(routed.statusCode, 200, routed.body);
        assert.deepEqual(routed.json(), {
          id,
          box: 'reintegration',
          type: 'inschrijving',
          status: 'delivered',
          recipient: AMSTERDAM,
        });
        const box = (await api.get('/berichtenbox/reintegration', reintegrationAmsterdam)).json();
        assert.equal(box.notices[0].id, id, 'the newest notice comes first');
        assert.equal((await route({ recipient: UTRECHT, reason: 'nogmaals' })).statusCode, 409);
        const queue = (await api.get('/operaties/wachtrij', operator)).json();
        assert.ok(!queue.notices.some((n: Summary) => n.id === id));
      });
    });

    describe('list filters and pages', () => {
      it('filters by type, status and period, and pages with a cursor', async () => {
        const list = async (query: string) => {
          const response = await api.get(`/berichtenbox/reintegration${query}`, reintegrationAmsterdam);
          assert.equal(response.statusCode, 200, response.body);
          return response.json() as { notices: Summary[]; nextCursor: string | null };
        };
        const all = await list('?limit=100');
        assert.equal(all.nextCursor, null);
        const ids = all.notices.map((n) => n.id);
        assert.deepEqual(
          ids,
          [...ids].sort((a, b) => b - a),
          'newest first',
        );
        const first = await list('?limit=2');
        assert.equal(first.notices.length, 2);
        assert.ok(first.nextCursor);
        const second = await list(`?limit=2&cursor=${first.nextCursor}`);
        assert.deepEqual(
          [...first.notices, ...second.notices].map((n) => n.id),
          ids.slice(0, 4),
        );
        assert.ok((await list('?type=einde-detentie')).notices.every((n) => n.type === 'einde-detentie'));
        assert.deepEqual(
          (await list('?status=acknowledged')).notices.map((n) => n.status),
          ['acknowledged', 'acknowledged'],
        );
        assert.equal((await list(`?from=2000-01-01&to=2100-12-31&limit=100`)).notices.length, ids.length);
        assert.equal((await list('?to=2000-01-01')).notices.length, 0);
        assert.equal((await list('?from=2100-01-01')).notices.length, 0);
      });

      it('logs every person listed in the processing log', async () => {
        const before = await countRows(t.store.db, 'processing_log');
        await api.get('/berichtenbox/reintegration', reintegrationAmsterdam);
        const rows = await t.store.db
          .selectFrom('processing_log')
          .select(['processing_activity_id', 'subject_pseudonym'])
          .where('id', '>', before)
          .execute();
        assert.deepEqual(rows.map((r) => r.processing_activity_id).sort(), [
          'berichtenbox-lijst',
          'berichtenbox-lijst',
        ]);
        assert.deepEqual(
          rows.map((r) => r.subject_pseudonym).sort(),
          [pseudonymize(TEST_PSEUDONYM_KEY, PERSON), pseudonymize(TEST_PSEUDONYM_KEY, UNROUTABLE)].sort(),
        );
      });

      it('refuses bad input: unknown box, bad id, too large a page, a state or type the box does not have', async () => {
        assert.equal((await api.get('/berichtenbox/politie', bijAmsterdam)).statusCode, 404);
        for (const url of [
          '/berichtenbox/bij/abc',
          '/berichtenbox/bij/0',
          '/berichtenbox/bij?limit=101',
          '/berichtenbox/bij?limit=0',
          '/berichtenbox/bij?status=awaiting-review',
          '/berichtenbox/bij?type=inschrijving',
          '/berichtenbox/bij?from=2026-02-30',
          '/berichtenbox/bij?cursor=abc',
        ]) {
          const response = await api.get(url, bijAmsterdam);
          assert.equal(response.statusCode, 400, url);
          assert.match(String(response.headers['content-type']), /problem\+json/);
        }
      });
    });
  });
}
