/**
 * `ketenzicht ingest` (issue 11, finding 5): a line with a date the store
 * would refuse, an implausible date or a reused eventId with other content is
 * rejected with its line number and the reason, naming the field and never
 * its value, and the good lines are stored.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addressRegistered, personRegistered, skn } from './fixtures/events.ts';
import { cliIn } from './helpers/cli.ts';

describe('ketenzicht ingest with bad dates and reused eventIds', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-cli-dates-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const ketenzicht = (...args: string[]) => cliIn(dir)(...args);

  it('prints each rejected line with its number and reason, and exits 1 with --fail-on-reject', async () => {
    const person = personRegistered({ skn: skn(1), surname: 'Hendriks' });
    const lines = [
      person,
      personRegistered({ skn: skn(2), occurredAt: '2026-01-05T09:00:00+01:00[Europe/Amsterdam]' }),
      personRegistered({ skn: skn(3), occurredAt: '2026-01-05T09:00:00+01:00[!u-ca=hebrew]' }),
      personRegistered({ skn: skn(4), occurredAt: '0000-01-01T00:00:00Z' }),
      personRegistered({ skn: skn(5), occurredAt: '2026-01-05T09:00:00+23:59' }),
      personRegistered({ skn: skn(6), birthDate: '0000-01-01' }),
      addressRegistered({ skn: skn(1), validFrom: '0000-01-01' }),
      personRegistered({ skn: skn(7), birthDate: '2999-03-04' }),
      personRegistered({ skn: skn(8), birthDate: '1800-03-04' }),
      personRegistered({ skn: skn(9), occurredAt: '2126-01-05T09:00:00+01:00' }),
      { ...person, surname: 'Verbeek' },
      person,
    ];
    const file = path.join(dir, 'events.jsonl');
    fs.writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const { code, stdout, stderr } = await ketenzicht('ingest', '--fail-on-reject', file);
    assert.equal(code, 1, stderr);
    assert.deepEqual(JSON.parse(stdout), { lines: 12, accepted: 1, duplicate: 1, rejected: 10, blank: 0 });
    const expected: [number, RegExp][] = [
      [2, /occurredAt .*suffix/],
      [3, /occurredAt .*suffix/],
      [4, /occurredAt .*year from 0001 to 9999/],
      [5, /occurredAt .*offset from -15:59 to \+15:59/],
      [6, /birthDate .*year from 0001 to 9999/],
      [7, /validFrom .*year from 0001 to 9999/],
      [8, /birthDate is in the future/],
      [9, /birthDate is before 1900-01-01/],
      [10, /occurredAt is more than a day ahead of now/],
      [11, /surname differs from the event already delivered with this source and eventId/],
    ];
    for (const [line, reason] of expected) {
      const printed = stderr.split('\n').find((l) => l.startsWith(`line ${line}: rejected: `));
      assert.ok(printed, `line ${line} is reported:\n${stderr}`);
      assert.match(printed, reason);
    }
    assert.doesNotMatch(stderr, /Verbeek|2999-03-04|1800-03-04/, 'no values of the rejected lines');
    assert.doesNotMatch(stderr, /INTERNAL|store refused/i);
  });
});
