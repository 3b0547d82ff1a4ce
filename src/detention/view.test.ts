import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultReferenceCatalog } from '../reference/index.ts';
import type { Episode, TimelineEntry } from './model.ts';
import { addressOn, buildPersonView } from './view.ts';

const catalog = defaultReferenceCatalog();
const institution = catalog.data.institutions.find((i) => i.sector === 'GW')?.code ?? 'PI-VUGHT';
const person = {
  skn: '10000002',
  bsn: null,
  surname: 'Jansen',
  givenNames: 'Piet',
  birthDate: '1990-04-01',
  gender: 'M' as const,
};
const episode: Episode = {
  id: 1,
  skn: person.skn,
  sector: 'GW',
  admittedOn: '2026-01-01',
  titles: [
    {
      kind: 'pre-trial',
      irrevocable: false,
      offences: ['Sr 242', 'Sr 9999'],
      sentenceDays: null,
      caseNumber: '13/1-26',
      from: '2026-01-01',
      until: '2026-02-01',
      logId: 1,
    },
    {
      kind: 'prison-sentence',
      irrevocable: true,
      offences: ['Sr 242', 'Sr 9999'],
      sentenceDays: 700,
      caseNumber: '13/1-26',
      from: '2026-02-01',
      until: null,
      logId: 2,
    },
  ],
  plannedEndDate: '2027-12-01',
  institution,
  institutions: [institution],
  status: 'detained',
  releaseScheduledOn: null,
  risk18b: null,
  conditionalTerminationOn: null,
  drPlanShared: false,
  releasedOn: null,
  lastEventLogId: 2,
};
const leave: TimelineEntry = {
  id: 2,
  episodeId: 1,
  skn: person.skn,
  type: 'leave-granted',
  onDate: '2026-03-01',
  occurredAt: '2026-02-20T10:00:00.000Z',
  institution,
  details: { leaveFrom: '2026-03-01', leaveUntil: '2026-03-03' },
};
const history = {
  episodes: [episode],
  stays: [{ id: 1, episodeId: 1, skn: person.skn, institution, fromDate: '2026-01-01', untilDate: null }],
  timeline: [leave],
};

describe('buildPersonView', () => {
  it('shows someone on leave on the days of the leave only', () => {
    assert.deepEqual(buildPersonView(person, [], [], history, catalog, '2026-03-02').status.onLeave, {
      from: '2026-03-01',
      until: '2026-03-03',
    });
    assert.equal(buildPersonView(person, [], [], history, catalog, '2026-03-04').status.onLeave, null);
    assert.equal(buildPersonView(person, [], [], history, catalog, '2026-02-28').status.onLeave, null);
  });

  it('names the institution and the title, and leaves an unknown offence undescribed', () => {
    const view = buildPersonView(person, [], [], history, catalog, '2026-03-02');
    assert.equal(view.status.institution?.name, catalog.institution(institution)?.name);
    assert.equal(view.status.since, '2026-01-01');
    assert.equal(view.status.titles.length, 1, 'only the title in force now');
    assert.equal(view.status.titles[0]?.kind, 'prison-sentence');
    assert.equal(view.status.titles[0]?.offences[0]?.category, 'sexual');
    assert.equal(view.status.titles[0]?.offences[1]?.description, null);
  });

  it('shows the title history: pre-trial until the judgment, then the sentence', () => {
    const view = buildPersonView(person, [], [], history, catalog, '2026-03-02');
    assert.deepEqual(
      view.episodes[0]?.titles.map((t) => [t.kind, t.caseNumber, t.from, t.until]),
      [
        ['pre-trial', '13/1-26', '2026-01-01', '2026-02-01'],
        ['prison-sentence', '13/1-26', '2026-02-01', null],
      ],
    );
  });
});

describe('addressOn', () => {
  const a = (validFrom: string) => ({
    validFrom,
    municipalityCode: 'GM0363',
    street: 'S',
    houseNumber: '1',
    postalCode: '1000AA',
    city: 'C',
  });
  it('takes the last address valid on the day, not one from the future', () => {
    assert.equal(
      addressOn([a('2020-01-01'), a('2024-01-01'), a('2030-01-01')], '2026-01-01')?.validFrom,
      '2024-01-01',
    );
    assert.equal(addressOn([a('2030-01-01')], '2026-01-01'), null);
  });
});
