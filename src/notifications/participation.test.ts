/**
 * Issue 13, item 9: a BIJ or re-integration notice goes into a municipality's
 * box only while the municipality takes part in that box on the notice's date
 * and someone there can open it; otherwise it goes to the operators with the
 * reason. The victims box and the RVDK are not municipalities.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Box } from './model.ts';
import { type ParticipationSnapshot, participationException } from './participation.ts';

const AMSTERDAM = 'GM0363';
const ROTTERDAM = 'GM0599';
const UTRECHT = 'GM0344';
const ZWOLLE = 'GM0193';

/** Who takes part in which box when, and whose boxes have an active user. */
const snapshot: ParticipationSnapshot = {
  periods: new Map([
    [`${AMSTERDAM}|bij`, [{ from: '2009-01-01', until: null }]],
    [`${AMSTERDAM}|reintegration`, [{ from: '2020-03-01', until: null }]],
    [`${ROTTERDAM}|bij`, [{ from: '2012-05-01', until: '2025-01-01' }]],
    [`${UTRECHT}|bij`, [{ from: '2027-01-01', until: null }]],
    [`${ZWOLLE}|bij`, [{ from: '2015-01-01', until: null }]],
  ]),
  // Zwolle's only BIJ officer is disabled: loadParticipation counts no disabled user.
  staffed: new Set([`${AMSTERDAM}|bij`, `${ROTTERDAM}|bij`, `${UTRECHT}|bij`]),
};

const CASES: {
  case: string;
  box: Box;
  recipient: string;
  date: string;
  expected: 'not-participating' | 'no-active-user' | undefined;
}[] = [
  {
    case: 'participating with an active BIJ officer',
    box: 'bij',
    recipient: AMSTERDAM,
    date: '2026-01-05',
    expected: undefined,
  },
  {
    case: 'participating on the first day',
    box: 'bij',
    recipient: AMSTERDAM,
    date: '2009-01-01',
    expected: undefined,
  },
  {
    case: 'before the municipality took part (2009 start)',
    box: 'bij',
    recipient: AMSTERDAM,
    date: '2008-12-31',
    expected: 'not-participating',
  },
  {
    case: 'registered, but only from a later date',
    box: 'bij',
    recipient: UTRECHT,
    date: '2026-01-05',
    expected: 'not-participating',
  },
  {
    case: 'participation ended before the date',
    box: 'bij',
    recipient: ROTTERDAM,
    date: '2025-01-01',
    expected: 'not-participating',
  },
  {
    case: 'the day before the end still counts',
    box: 'bij',
    recipient: ROTTERDAM,
    date: '2024-12-31',
    expected: undefined,
  },
  {
    case: 'never registered for the box',
    box: 'reintegration',
    recipient: ROTTERDAM,
    date: '2026-01-05',
    expected: 'not-participating',
  },
  {
    case: 'participating, but no active user holds the box role',
    box: 'reintegration',
    recipient: AMSTERDAM,
    date: '2026-01-05',
    expected: 'no-active-user',
  },
  {
    case: 'participating, its only user disabled',
    box: 'bij',
    recipient: ZWOLLE,
    date: '2026-01-05',
    expected: 'no-active-user',
  },
  {
    case: 'the RVDK is not a municipality',
    box: 'reintegration',
    recipient: 'RVDK',
    date: '2026-01-05',
    expected: undefined,
  },
  {
    case: 'the victims box (CJIB-IDV) is not a municipality',
    box: 'victims',
    recipient: 'CJIB-IDV',
    date: '2026-01-05',
    expected: undefined,
  },
];

describe('participationException', () => {
  for (const c of CASES) {
    it(`${c.case}: ${c.expected ?? 'into the box'}`, () => {
      const outcome = participationException(snapshot, c.box, c.recipient, c.date);
      assert.equal(outcome?.exception, c.expected);
      if (outcome) assert.match(outcome.reason, new RegExp(c.recipient));
    });
  }

  it('names why a municipality does not take part', () => {
    assert.match(
      participationException(snapshot, 'bij', UTRECHT, '2026-01-05')?.reason ?? '',
      /registered from 2027-01-01/,
    );
    assert.match(
      participationException(snapshot, 'bij', ROTTERDAM, '2026-01-05')?.reason ?? '',
      /ended on 2025-01-01/,
    );
    assert.match(
      participationException(snapshot, 'reintegration', ROTTERDAM, '2026-01-05')?.reason ?? '',
      /never registered/,
    );
  });

  it('does not count a registration withdrawn on its own start date', () => {
    const withdrawn: ParticipationSnapshot = {
      periods: new Map([[`${AMSTERDAM}|bij`, [{ from: '2026-01-05', until: '2026-01-05' }]]]),
      staffed: new Set([`${AMSTERDAM}|bij`]),
    };
    assert.equal(
      participationException(withdrawn, 'bij', AMSTERDAM, '2026-01-05')?.exception,
      'not-participating',
    );
  });
});
