/** The Berichtenbox's pure rules as tables: status transitions, the retention cutoff, and the field lists. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BOX_TYPES,
  buildContent,
  FIELD_LISTS,
  type NoticeStatus,
  nextStatus,
  retentionCutoff,
} from '../src/notifications/index.ts';
import { AMSTERDAM, PERSON, PERSON_BSN } from './helpers/berichtenbox.ts';

describe('Berichtenbox rules', () => {
  it('moves a notice only along the allowed transitions', () => {
    const rows: [Parameters<typeof nextStatus>[0], NoticeStatus, NoticeStatus | undefined][] = [
      ['confirm', 'awaiting-review', 'delivered'],
      ['change', 'awaiting-review', 'delivered'],
      ['route', 'awaiting-review', 'delivered'],
      ['confirm', 'delivered', undefined],
      ['open', 'delivered', 'read'],
      ['open', 'read', undefined],
      ['open', 'awaiting-review', undefined],
      ['acknowledge', 'delivered', 'acknowledged'],
      ['acknowledge', 'read', 'acknowledged'],
      ['acknowledge', 'acknowledged', undefined],
      ['acknowledge', 'forwarded', undefined],
      ['forward', 'read', 'forwarded'],
      ['forward', 'acknowledged', 'forwarded'],
      ['forward', 'forwarded', undefined],
      ['forward', 'awaiting-review', undefined],
    ];
    for (const [action, from, to] of rows)
      assert.equal(nextStatus(action, from), to, `${action} from ${from}`);
  });

  it('counts the retention period from the release date, the last day of a month standing for the days it lacks', () => {
    const rows: [string, number, string][] = [
      ['2026-08-15', 6, '2026-02-15'],
      ['2026-08-31', 6, '2026-02-28'],
      ['2027-02-28', 6, '2026-08-31'],
      ['2028-02-29', 6, '2027-08-31'],
      ['2028-02-28', 6, '2027-08-28'],
      ['2026-05-30', 3, '2026-02-28'],
      ['2026-01-10', 1, '2025-12-10'],
      ['2026-03-01', 24, '2024-03-01'],
    ];
    for (const [today, months, cutoff] of rows) assert.equal(retentionCutoff(today, months), cutoff, today);
  });

  const sources = (event: Record<string, unknown>) => ({
    skn: PERSON,
    event,
    person: { bsn: PERSON_BSN, surname: 'Jansen', givenNames: 'Piet', birthDate: '1990-04-01' },
    episode: { admittedOn: '2026-01-02', plannedEndDate: '2030-01-01' },
    victimReference: 'IDV-1',
    routingAddress: { municipalityCode: AMSTERDAM, municipalityName: 'Amsterdam' },
    institutionName: () => 'PI Test',
  });

  it('puts no field outside the type’s list in the content, whatever the event carries', () => {
    const everything = {
      institution: 'PI-X',
      toInstitution: 'PI-Y',
      plannedEndDate: '2030-01-01',
      releaseDate: '2026-06-01',
      leaveFrom: '2026-03-01',
      leaveUntil: '2026-03-02',
      phaseFrom: '2026-03-05',
      terminationDate: '2026-04-01',
      consent: true,
      risk18b: { domains: ['zeden'] },
      leaveAddress: { street: 'Coolsingel' },
    };
    for (const type of Object.keys(FIELD_LISTS) as (keyof typeof FIELD_LISTS)[]) {
      const content = buildContent(type, sources(everything));
      assert.deepEqual(Object.keys(content).sort(), [...FIELD_LISTS[type]].sort(), type);
      assert.ok(!JSON.stringify(content).includes('zeden'), type);
    }
  });

  it('leaves out the D&R information without the detainee’s consent', () => {
    for (const consent of [false, undefined]) {
      const content = buildContent('deelbaar-dr-plan', sources({ institution: 'PI-X', consent }));
      assert.equal(content.drPlanAvailable, true);
      assert.equal('drInformationConsent' in content, false);
    }
  });

  it('never gives a BIJ or victims notice the BSN', () => {
    for (const type of [...BOX_TYPES.bij, ...BOX_TYPES.victims]) {
      assert.equal(buildContent(type, sources({ institution: 'PI-X' })).bsn, undefined, type);
    }
  });
});
