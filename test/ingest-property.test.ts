/**
 * Property: whatever arrives at POST /api/v1/events (random JSON, or valid
 * events with one field mutated), the service never fails with a 5xx and
 * never half-stores: an accepted event adds exactly one log row, a rejected
 * or duplicate one changes no table.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { EVENT_TYPES } from '../src/events/index.ts';
import { oneOfEachType, skn } from './fixtures/events.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';

const TABLES = ['event_log', 'persons', 'addresses', 'identity_determinations', 'duplicate_candidates'];

for (const backend of testBackends()) {
  describe(`POST /api/v1/events under random input on ${backend.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
      // A person to whom mutated detention and victim events can refer.
      for (const event of oneOfEachType(skn(1)).slice(0, 2)) {
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/events',
          headers: { authorization: t.auth.SKDB },
          payload: event,
        });
      }
    });
    after(() => t.close());

    const counts = async () => Promise.all(TABLES.map((table) => countRows(t.store.db, table)));

    async function deliver(event: unknown): Promise<void> {
      const claimed = (event as { source?: unknown } | null)?.source;
      const source = typeof claimed === 'string' && claimed in t.auth ? claimed : 'SKDB';
      const before = await counts();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/events',
        headers: { authorization: t.auth[source], 'content-type': 'application/json' },
        payload: JSON.stringify(event),
      });
      assert.ok(
        response.statusCode < 500,
        `${response.statusCode} for ${JSON.stringify(event)}: ${response.body}`,
      );
      const afterCounts = await counts();
      const accepted = response.statusCode === 200 && response.json().accepted === 1;
      if (accepted) assert.equal(afterCounts[0], (before[0] ?? 0) + 1, 'an accepted event is logged once');
      else
        assert.deepEqual(
          afterCounts,
          before,
          `nothing stored for ${response.statusCode} ${JSON.stringify(event)}`,
        );
    }

    it('never answers 5xx and never half-stores random JSON', async () => {
      await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }), deliver), {
        numRuns: 150,
      });
    });

    it('never answers 5xx and never half-stores valid events with one field mutated', async () => {
      let n = 100;
      const valid = () => oneOfEachType(skn(1)).map((e) => ({ ...e, eventId: `m-${n++}` }));
      const keys = [...new Set(valid().flatMap((e) => Object.keys(e)))];
      await fc.assert(
        fc.asyncProperty(
          fc.nat(valid().length - 1),
          fc.constantFrom(...keys),
          fc.oneof(
            fc.jsonValue({ maxDepth: 2 }),
            fc.string({ unit: 'binary' }),
            fc.constantFrom(
              ...EVENT_TYPES,
              'GM0363',
              '2026-02-30',
              '1990-04-01',
              skn(2),
              skn(1),
              "'; DROP TABLE persons; --",
            ),
          ),
          async (index, key, replacement) => {
            const event = valid()[index] as Record<string, unknown>;
            await deliver({ ...event, [key]: replacement });
          },
        ),
        { numRuns: 250 },
      );
    });
  });
}
