/**
 * How far ahead a notice tells its date: victims and mayors must hear at
 * least a week before a leave, a phase or the end of detention (seed 002).
 * One row per case: the notice, the event that made it, the day it was made,
 * and what the recipient and the operators are told of it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { announcement, daysBetween, type NoticeWindow } from './announcement.ts';
import type { NoticeType } from './model.ts';

type Row = {
  name: string;
  type: NoticeType;
  late?: boolean;
  event: Record<string, unknown>;
  madeOn: string;
  expect: { announcedDate: string; daysAhead: number; window: NoticeWindow } | undefined;
};

const rows: Row[] = [
  {
    name: 'a release told two weeks ahead is in time',
    type: 'pi-beeindiging',
    event: { type: 'release-scheduled', releaseDate: '2026-03-15' },
    madeOn: '2026-03-01',
    expect: { announcedDate: '2026-03-15', daysAhead: 14, window: 'in-time' },
  },
  {
    name: 'a leave told exactly seven days ahead is in time',
    type: 'pi-verlof',
    event: { type: 'leave-granted', leaveFrom: '2026-03-08', leaveUntil: '2026-03-09' },
    madeOn: '2026-03-01',
    expect: { announcedDate: '2026-03-08', daysAhead: 7, window: 'in-time' },
  },
  {
    name: 'a leave told six days ahead is inside the week',
    type: 'tbs-verlof',
    event: { type: 'leave-granted', leaveFrom: '2026-03-07', leaveUntil: '2026-03-09' },
    madeOn: '2026-03-01',
    expect: { announcedDate: '2026-03-07', daysAhead: 6, window: 'inside-week' },
  },
  {
    name: 'a regime phase starting the day it is told is inside the week',
    type: 'pi-regimefasering',
    event: { type: 'regime-phasing', phaseFrom: '2026-03-01' },
    madeOn: '2026-03-01',
    expect: { announcedDate: '2026-03-01', daysAhead: 0, window: 'inside-week' },
  },
  {
    name: 'a release scheduled for a date already past is late',
    type: 'vrijlating-gepland',
    late: true,
    event: { type: 'release-scheduled', releaseDate: '2026-02-27' },
    madeOn: '2026-03-01',
    expect: { announcedDate: '2026-02-27', daysAhead: -2, window: 'late' },
  },
  {
    name: 'a release without an earlier schedule is late though told the same day',
    type: 'pi-beeindiging',
    late: true,
    event: { type: 'release', releaseDate: '2026-03-01' },
    madeOn: '2026-03-01',
    expect: { announcedDate: '2026-03-01', daysAhead: 0, window: 'late' },
  },
  {
    name: 'a correction by a changed planned end date announces the new end date',
    type: 'vrijlating-gepland',
    event: { type: 'planned-end-date-changed', plannedEndDate: '2026-04-30' },
    madeOn: '2026-04-01',
    expect: { announcedDate: '2026-04-30', daysAhead: 29, window: 'in-time' },
  },
  {
    name: 'a conditional end of TBS announces its termination date (victims)',
    type: 'voorwaardelijke-beeindiging',
    event: { type: 'conditional-termination', terminationDate: '2026-03-05' },
    madeOn: '2026-03-01',
    expect: { announcedDate: '2026-03-05', daysAhead: 4, window: 'inside-week' },
  },
  {
    name: 'a conditional end of TBS told only by the release is late, on the release date (mayor)',
    type: 'tbs-voorwaardelijke-beeindiging',
    late: true,
    event: { type: 'release', releaseDate: '2026-03-01' },
    madeOn: '2026-03-01',
    expect: { announcedDate: '2026-03-01', daysAhead: 0, window: 'late' },
  },
  {
    name: 'an 18b notice announces the release',
    type: '18b-melding',
    event: { type: 'release-scheduled', releaseDate: '2026-05-01' },
    madeOn: '2026-03-01',
    expect: { announcedDate: '2026-05-01', daysAhead: 61, window: 'in-time' },
  },
  {
    name: 'a release tells a fact: it announces no date',
    type: 'vrijlating',
    event: { type: 'release', releaseDate: '2026-03-01' },
    madeOn: '2026-03-01',
    expect: undefined,
  },
  {
    name: 'an escape announces no date',
    type: 'ontvluchting',
    event: { type: 'escape' },
    madeOn: '2026-03-01',
    expect: undefined,
  },
  {
    name: 'a re-integration notice announces no date',
    type: 'inschrijving',
    event: { type: 'admission', plannedEndDate: '2026-09-01' },
    madeOn: '2026-03-01',
    expect: undefined,
  },
];

describe('announcement', () => {
  for (const row of rows) {
    it(row.name, () => {
      assert.deepEqual(
        announcement({ type: row.type, late: row.late ?? false }, row.event, row.madeOn),
        row.expect,
      );
    });
  }
});

describe('daysBetween', () => {
  it('counts calendar days across the change to summer time', () => {
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2);
  });

  it('is negative for a date before', () => {
    assert.equal(daysBetween('2026-01-01', '2025-12-31'), -1);
  });
});
