/** The Berichtenbox's pure rules as tables: status transitions, the retention cutoff, and the field lists. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TitleVersion } from '../src/detention/index.ts';
import {
  BOX_TYPES,
  buildContent,
  type ContentSources,
  FIELD_LISTS,
  type NoticeStatus,
  type NoticeType,
  nextStatus,
  retentionCutoff,
} from '../src/notifications/index.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
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

  const catalog = defaultReferenceCatalog();
  const title = (kind: TitleVersion['kind']): TitleVersion => ({
    caseNumber: '13/1',
    kind,
    irrevocable: true,
    offences: ['Sr 242'],
    sentenceDays: kind === 'prison-sentence' ? 1460 : null,
    from: '2026-01-02',
    until: null,
    logId: 1,
  });
  const home = {
    street: 'Damrak',
    houseNumber: '1',
    postalCode: '1012LG',
    city: 'Amsterdam',
    municipalityCode: AMSTERDAM,
  };
  const sources = (type: NoticeType, event: Record<string, unknown>): ContentSources => ({
    type,
    skn: PERSON,
    event,
    eventDate: '2026-03-01',
    person: { bsn: PERSON_BSN, surname: 'Jansen', givenNames: 'Piet', birthDate: '1990-04-01' },
    episode: {
      admittedOn: '2026-01-02',
      plannedEndDate: '2030-01-01',
      titles: (['prison-sentence', 'tbs-dwangverpleging', 'pij'] as const).map(title),
    },
    victimReference: 'IDV-1',
    victimCaseNumber: '13/1',
    routing: {
      basis: 'brp',
      address: home,
      municipality: { code: AMSTERDAM, name: 'Amsterdam' },
    },
    catalog,
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
      intendedMunicipalityCode: 'GM0599',
      risk18b: { domains: ['zeden'] },
      leaveAddress: { street: 'Coolsingel' },
    };
    for (const type of Object.keys(FIELD_LISTS) as NoticeType[]) {
      const content = buildContent(sources(type, everything));
      assert.deepEqual(Object.keys(content).sort(), [...FIELD_LISTS[type]].sort(), type);
      assert.ok(!JSON.stringify(content).includes('zeden'), type);
    }
  });

  it('shares the D&R plan without a word on consent, whether the event says the detainee consented or not', () => {
    for (const consent of [true, false, undefined]) {
      const content = buildContent(sources('deelbaar-dr-plan', { institution: 'PI-X', consent }));
      assert.equal(content.drPlanAvailable, true);
      assert.equal('drInformationConsent' in content, false);
    }
  });

  it('never gives a BIJ or victims notice the BSN', () => {
    for (const type of [...BOX_TYPES.bij, ...BOX_TYPES.victims]) {
      assert.equal(buildContent(sources(type, { institution: 'PI-X' })).bsn, undefined, type);
    }
  });
});
