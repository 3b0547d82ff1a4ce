/**
 * The detention state machine, one row per case: the state before, the
 * event, and the state after or the reason it is refused.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DetentionEvent } from '../events/index.ts';
import type { Episode, Stay } from './model.ts';
import { type PersonDetention, transition } from './transitions.ts';

const ADDRESS = {
  municipalityCode: 'GM0599',
  street: 'Coolsingel',
  houseNumber: '40',
  postalCode: '3011AD',
  city: 'Rotterdam',
};

function event(type: string, extra: Record<string, unknown> = {}): DetentionEvent {
  return {
    eventId: `e-${type}`,
    source: 'TULP-GW',
    type,
    occurredAt: '2026-03-10T10:00:00+01:00',
    skn: '10000002',
    institution: 'PI-A',
    ...extra,
  } as DetentionEvent;
}

function episode(overrides: Partial<Episode> = {}): Episode {
  return {
    id: 1,
    skn: '10000002',
    sector: 'GW',
    admittedOn: '2026-01-01',
    titles: [
      {
        kind: 'prison-sentence',
        irrevocable: true,
        offences: ['Sr 242'],
        sentenceDays: 700,
        caseNumber: '13/1-26',
        from: '2026-01-01',
        until: null,
        logId: 1,
      },
    ],
    plannedEndDate: '2027-12-01',
    institution: 'PI-A',
    institutions: ['PI-A'],
    status: 'detained',
    releaseScheduledOn: null,
    risk18b: null,
    conditionalTerminationOn: null,
    drPlanShared: false,
    releasedOn: null,
    lastEventLogId: 1,
    ...overrides,
  };
}

const stay = (overrides: Partial<Stay> = {}): Stay => ({
  id: 1,
  episodeId: 1,
  skn: '10000002',
  institution: 'PI-A',
  fromDate: '2026-01-01',
  untilDate: null,
  ...overrides,
});

const none: PersonDetention = { episode: undefined, stay: undefined };
const detained: PersonDetention = { episode: episode(), stay: stay() };
const escaped: PersonDetention = { episode: episode({ status: 'escaped' }), stay: stay() };
const released: PersonDetention = {
  episode: episode({ status: 'released', releasedOn: '2026-02-01' }),
  stay: stay({ untilDate: '2026-02-01' }),
};

const TITLE = { kind: 'pre-trial' };

describe('transition', () => {
  const refused: [string, PersonDetention, DetentionEvent, string][] = [
    ['a second admission while detained', detained, event('admission', { title: TITLE }), 'open-episode'],
    ['an admission while escaped', escaped, event('admission', { title: TITLE }), 'open-episode'],
    [
      'an admission whose planned end is before it',
      none,
      event('admission', { title: TITLE, plannedEndDate: '2026-03-01' }),
      'date-order',
    ],
    [
      'a release of someone not detained',
      none,
      event('release', { releaseDate: '2026-03-10' }),
      'no-open-episode',
    ],
    [
      'a release after the release',
      released,
      event('release', { releaseDate: '2026-03-10' }),
      'no-open-episode',
    ],
    [
      'a transfer from an institution where the person is not',
      detained,
      event('transfer', { institution: 'PI-B', toInstitution: 'PI-C' }),
      'not-here',
    ],
    [
      'a leave before the admission',
      detained,
      event('leave-granted', { leaveFrom: '2025-12-01', leaveUntil: '2025-12-02', leaveAddress: ADDRESS }),
      'date-order',
    ],
    [
      'a release dated before the admission',
      detained,
      event('release', { releaseDate: '2025-12-31' }),
      'date-order',
    ],
    [
      'a planned end date before the admission',
      detained,
      event('planned-end-date-changed', { plannedEndDate: '2025-01-01' }),
      'date-order',
    ],
    ['an escape while escaped', escaped, event('escape'), 'already-escaped'],
  ];
  for (const [name, state, e, rule] of refused) {
    it(`refuses ${name} (${rule})`, () => {
      const result = transition(state, e, 99, 'GW');
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(result.errors[0]?.rule, rule);
    });
  }

  it('opens an episode and a stay at admission, dated by the Dutch date of occurredAt', () => {
    const result = transition(
      none,
      event('admission', { title: TITLE, occurredAt: '2026-03-09T23:30:00Z' }),
      7,
      'GW',
    );
    assert.ok(result.ok);
    assert.equal(result.state.episode?.admittedOn, '2026-03-10');
    assert.equal(result.state.episode?.status, 'detained');
    assert.equal(
      result.state.episode?.titles[0]?.irrevocable,
      false,
      'absent irrevocable means not irrevocable',
    );
    assert.deepEqual(result.stays, [
      { id: 7, episodeId: 7, skn: '10000002', institution: 'PI-A', fromDate: '2026-03-10', untilDate: null },
    ]);
    assert.equal(result.timeline.type, 'admission');
  });

  it('admits again after a release (re-admission)', () => {
    const result = transition(released, event('admission', { title: TITLE }), 8, 'GW');
    assert.ok(result.ok);
    assert.equal(result.state.episode?.id, 8);
  });

  it('closes the stay and opens another at a transfer', () => {
    const result = transition(detained, event('transfer', { toInstitution: 'PI-B' }), 9, 'GW');
    assert.ok(result.ok);
    assert.equal(result.state.episode?.institution, 'PI-B');
    assert.deepEqual(
      result.stays.map((s) => [s.institution, s.fromDate, s.untilDate]),
      [
        ['PI-A', '2026-01-01', '2026-03-10'],
        ['PI-B', '2026-03-10', null],
      ],
    );
  });

  it('keeps the episode open at an escape and counts the next event as the return', () => {
    const out = transition(detained, event('escape'), 10, 'GW');
    assert.ok(out.ok);
    assert.equal(out.state.episode?.status, 'escaped');
    const back = transition(
      out.state,
      event('planned-end-date-changed', { plannedEndDate: '2028-01-01' }),
      11,
      'GW',
    );
    assert.ok(back.ok);
    assert.equal(back.state.episode?.status, 'detained');
    assert.equal(back.state.episode?.plannedEndDate, '2028-01-01');
    assert.deepEqual(back.timeline.details, { plannedEndDate: '2028-01-01', previous: '2027-12-01' });
  });

  it('records the scheduled release with its 18b risk, then the release closes episode and stay', () => {
    const scheduled = transition(
      detained,
      event('release-scheduled', { releaseDate: '2026-04-01', risk18b: { domains: ['zeden'] } }),
      12,
      'GW',
    );
    assert.ok(scheduled.ok);
    assert.equal(scheduled.state.episode?.releaseScheduledOn, '2026-04-01');
    assert.deepEqual(scheduled.state.episode?.risk18b, ['zeden']);
    const gone = transition(scheduled.state, event('release', { releaseDate: '2026-04-01' }), 13, 'GW');
    assert.ok(gone.ok);
    assert.equal(gone.state.episode?.status, 'released');
    assert.equal(gone.state.episode?.releasedOn, '2026-04-01');
    assert.equal(gone.stays[0]?.untilDate, '2026-04-01');
  });

  it('dates a leave on its first day and keeps the leave address in the timeline', () => {
    const result = transition(
      detained,
      event('leave-granted', { leaveFrom: '2026-03-20', leaveUntil: '2026-03-22', leaveAddress: ADDRESS }),
      14,
      'GW',
    );
    assert.ok(result.ok);
    assert.equal(result.timeline.onDate, '2026-03-20');
    assert.deepEqual(result.timeline.details.leaveAddress, ADDRESS);
  });

  it('records a conditional termination of TBS without closing the episode', () => {
    const tbs: PersonDetention = {
      episode: episode({ sector: 'TBS', institution: 'FPC-A' }),
      stay: stay({ institution: 'FPC-A' }),
    };
    const result = transition(
      tbs,
      event('conditional-termination', {
        source: 'MITS',
        institution: 'FPC-A',
        terminationDate: '2026-05-01',
      }),
      15,
      'TBS',
    );
    assert.ok(result.ok);
    assert.equal(result.state.episode?.conditionalTerminationOn, '2026-05-01');
    assert.equal(result.state.episode?.status, 'detained');
  });
});
