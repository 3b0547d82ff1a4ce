import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultReferenceCatalog } from '../reference/index.ts';
import type { SimEvent, SimTitle, Source } from './model.ts';
import { summarize } from './summary.ts';

const PERIOD = { from: '2025-01-01', to: '2026-01-01', offences: defaultReferenceCatalog().data.offences };
const ADDRESS = {
  municipalityCode: 'GM0363',
  street: 'Damrak',
  houseNumber: '1',
  postalCode: '1012LG',
  city: 'Amsterdam',
};
const INSTITUTION: Record<string, string> = {
  'TULP-GW': 'PI-VUGHT',
  JVS: 'JJI-DE-HUNNERBERG',
  MITS: 'FPC-MESDAG',
};

let ids = 0;
const at = (date: string) => `${date}T10:00:00+01:00`;

/** Small event factories: only what a case needs, the rest filled in. */
const make = {
  admission(source: Source, date: string, title: Partial<SimTitle> = {}): SimEvent {
    return {
      eventId: `e-${++ids}`,
      source: source as 'TULP-GW',
      type: 'admission',
      occurredAt: at(date),
      skn: 'S1',
      institution: INSTITUTION[source] as string,
      title: {
        kind: 'prison-sentence',
        irrevocable: true,
        offences: ['Sr 242'],
        sentenceDays: 900,
        caseNumber: '13/100001-24',
        ...title,
      },
    };
  },
  detention(source: Source, type: string, date: string, extra: Record<string, unknown> = {}): SimEvent {
    return {
      eventId: `e-${++ids}`,
      source,
      type,
      occurredAt: at(date),
      skn: 'S1',
      institution: INSTITUTION[source],
      ...extra,
    } as unknown as SimEvent;
  },
  victim(date: string, caseNumber = '13/100001-24'): SimEvent {
    return {
      eventId: `v-${++ids}`,
      source: 'CJIB',
      type: 'victim-registered',
      occurredAt: at(date),
      skn: 'S1',
      caseNumber,
      victimReference: `IDV-2025-${ids}`,
    };
  },
};
const PRE_TRIAL: Partial<SimTitle> = { kind: 'pre-trial', irrevocable: false, sentenceDays: undefined };
const SUBSTITUTE: SimTitle = {
  kind: 'substitute-detention',
  irrevocable: true,
  offences: ['Sr 310'],
  sentenceDays: 20,
  caseNumber: '13/100002-24',
};
const SECOND_CASE: SimTitle = {
  ...SUBSTITUTE,
  kind: 'prison-sentence',
  sentenceDays: 60,
  caseNumber: '13/100003-24',
};
const TBS: SimTitle = {
  ...SUBSTITUTE,
  kind: 'tbs-dwangverpleging',
  offences: ['Sr 242'],
  sentenceDays: 730,
  caseNumber: '13/100004-24',
};

/** The judgment of the pre-trial case 13/100001-24 (rape, Sr 242): a prison sentence. */
function titleChanged(date: string, change: Partial<SimTitle>): SimEvent {
  return make.detention('TULP-GW', 'title-changed', date, {
    caseNumber: '13/100001-24',
    title: {
      kind: 'prison-sentence',
      irrevocable: false,
      offences: ['Sr 242'],
      sentenceDays: 900,
      caseNumber: '13/100001-24',
      ...change,
    },
  });
}

const leave = { leaveFrom: '2025-06-02', leaveUntil: '2025-06-03', leaveAddress: ADDRESS };

interface Case {
  name: string;
  events: SimEvent[];
  expect: (s: ReturnType<typeof summarize>) => void;
}

const CASES: Case[] = [
  {
    name: 'an irrevocable prison sentence for rape: BIJ at leave and at release, 18a at admission and release',
    events: [
      make.admission('TULP-GW', '2025-02-01'),
      make.detention('TULP-GW', 'leave-granted', '2025-06-01', leave),
      make.detention('TULP-GW', 'release', '2025-09-01', { releaseDate: '2025-09-01' }),
    ],
    expect: (s) => {
      assert.equal(s.notifications.bij.byType['pi-verlof'], 1);
      assert.equal(s.notifications.bij.byType['pi-beeindiging'], 1);
      assert.equal(s.notifications.reintegration.total, 2);
    },
  },
  {
    name: 'pre-trial detention for rape: no BIJ notice (not irrevocably sentenced)',
    events: [
      make.admission('TULP-GW', '2025-02-01', {
        kind: 'pre-trial',
        irrevocable: false,
        sentenceDays: undefined,
      }),
      make.detention('TULP-GW', 'release', '2025-03-01', { releaseDate: '2025-03-01' }),
    ],
    expect: (s) => assert.equal(s.notifications.bij.total, 0),
  },
  {
    name: 'a prison sentence for theft: no BIJ notice',
    events: [
      make.admission('TULP-GW', '2025-02-01', { offences: ['Sr 310'] }),
      make.detention('TULP-GW', 'release', '2025-03-01', { releaseDate: '2025-03-01' }),
    ],
    expect: (s) => assert.equal(s.notifications.bij.total, 0),
  },
  {
    name: 'a PIJ measure: BIJ at leave authorization and release; every 18a notice also to the RvdK',
    events: [
      make.admission('JVS', '2025-02-01', { kind: 'pij', offences: ['Sr 287'], sentenceDays: 1095 }),
      make.detention('JVS', 'leave-authorization', '2025-06-01', {
        leaveFrom: '2025-06-02',
        leaveAddress: ADDRESS,
      }),
      make.detention('JVS', 'release', '2025-09-01', { releaseDate: '2025-09-01' }),
    ],
    expect: (s) => {
      assert.equal(s.notifications.bij.byType['pij-verlofmachtiging'], 1);
      assert.equal(s.notifications.bij.byType['pij-beeindiging'], 1);
      assert.equal(s.notifications.reintegration.municipality, 2);
      assert.equal(s.notifications.reintegration.rvdk, 2);
    },
  },
  {
    name: 'TBS: BIJ at leave and conditional termination, none at the release after it',
    events: [
      make.admission('MITS', '2025-02-01', { kind: 'tbs-dwangverpleging', sentenceDays: 730 }),
      make.detention('MITS', 'leave-granted', '2025-06-01', leave),
      make.detention('MITS', 'conditional-termination', '2025-08-01', { terminationDate: '2025-09-01' }),
      make.detention('MITS', 'release', '2025-09-01', { releaseDate: '2025-09-01' }),
    ],
    expect: (s) => {
      assert.equal(s.notifications.bij.leave, 1);
      assert.equal(s.notifications.bij.release, 1);
      assert.equal(s.notifications.bij.byType['tbs-voorwaardelijke-beeindiging'], 1);
    },
  },
  {
    name: 'two victims registered: two victim notices per leave, scheduled release, release and escape',
    events: [
      make.admission('TULP-GW', '2025-02-01'),
      make.victim('2025-02-10'),
      make.victim('2025-02-11'),
      make.detention('TULP-GW', 'escape', '2025-04-01'),
      make.detention('TULP-GW', 'returned', '2025-04-03'),
      make.detention('TULP-GW', 'leave-granted', '2025-06-01', leave),
      make.detention('TULP-GW', 'release-scheduled', '2025-07-01', { releaseDate: '2025-09-01' }),
      make.detention('TULP-GW', 'release', '2025-09-01', { releaseDate: '2025-09-01' }),
    ],
    expect: (s) => {
      assert.deepEqual(s.notifications.victims.byType, {
        verlof: 2,
        'vrijlating-gepland': 2,
        vrijlating: 2,
        ontvluchting: 2,
        terugkeer: 2,
        'voorwaardelijke-beeindiging': 0,
      });
      assert.equal(s.notifications.victims.total, 10);
    },
  },
  {
    name: 'a victim of another case of the same person: no victim notice',
    events: [
      make.admission('TULP-GW', '2025-02-01'),
      make.victim('2025-02-10', '13/999999-20'),
      make.detention('TULP-GW', 'release', '2025-03-01', { releaseDate: '2025-03-01' }),
    ],
    expect: (s) => assert.equal(s.notifications.victims.total, 0),
  },
  {
    name: 'pre-trial detention, judged, irrevocable two weeks later: BIJ at the release',
    events: [
      make.admission('TULP-GW', '2025-02-01', PRE_TRIAL),
      titleChanged('2025-04-01', { irrevocable: false }),
      titleChanged('2025-04-15', { irrevocable: true }),
      make.detention('TULP-GW', 'release', '2025-09-01', { releaseDate: '2025-09-01' }),
    ],
    expect: (s) => assert.equal(s.notifications.bij.byType['pi-beeindiging'], 1),
  },
  {
    name: 'judged, under appeal at the release: no BIJ (not irrevocable)',
    events: [
      make.admission('TULP-GW', '2025-02-01', PRE_TRIAL),
      titleChanged('2025-04-01', { irrevocable: false }),
      make.detention('TULP-GW', 'leave-granted', '2025-06-01', leave),
      make.detention('TULP-GW', 'release', '2025-09-01', { releaseDate: '2025-09-01' }),
    ],
    expect: (s) => assert.equal(s.notifications.bij.total, 0),
  },
  {
    name: 'the sentence for rape served, substitute detention goes on: no BIJ at the release',
    events: [
      make.admission('TULP-GW', '2025-02-01'),
      make.detention('TULP-GW', 'title-added', '2025-03-01', { title: SUBSTITUTE }),
      make.detention('TULP-GW', 'title-ended', '2025-08-20', { caseNumber: '13/100001-24' }),
      make.detention('TULP-GW', 'release', '2025-09-01', { releaseDate: '2025-09-01' }),
    ],
    expect: (s) => assert.equal(s.notifications.bij.total, 0),
  },
  {
    name: 'prison, then a transfer to a TBS clinic: no release, BIJ at the conditional termination, victims of the prison case told',
    events: [
      make.admission('TULP-GW', '2025-02-01'),
      make.victim('2025-02-10'),
      make.detention('TULP-GW', 'transfer', '2025-05-01', { toInstitution: 'FPC-MESDAG' }),
      make.detention('MITS', 'title-added', '2025-05-01', { title: TBS }),
      make.detention('MITS', 'title-ended', '2025-05-01', { caseNumber: '13/100001-24' }),
      make.detention('MITS', 'conditional-termination', '2025-08-01', { terminationDate: '2025-09-01' }),
      make.detention('MITS', 'release', '2025-09-01', { releaseDate: '2025-09-01' }),
    ],
    expect: (s) => {
      assert.equal(s.releases.GW, 0);
      assert.equal(s.releases.TBS, 1);
      assert.equal(s.notifications.bij.byType['pi-beeindiging'], 0);
      assert.equal(s.notifications.bij.byType['tbs-voorwaardelijke-beeindiging'], 1);
      assert.equal(s.notifications.victims.byType['voorwaardelijke-beeindiging'], 1);
      assert.equal(s.notifications.victims.byType.vrijlating, 1);
    },
  },
  {
    name: 'a victim registered on a second case of the episode: told at the release',
    events: [
      make.admission('TULP-GW', '2025-02-01', { offences: ['Sr 310'] }),
      make.detention('TULP-GW', 'title-added', '2025-03-01', { title: SECOND_CASE }),
      make.victim('2025-03-10', SECOND_CASE.caseNumber),
      make.detention('TULP-GW', 'release', '2025-09-01', { releaseDate: '2025-09-01' }),
    ],
    expect: (s) => assert.equal(s.notifications.victims.byType.vrijlating, 1),
  },
  {
    name: 'a release nobody announced: the end notices that should have gone ahead, late',
    events: [
      make.admission('TULP-GW', '2025-02-01'),
      make.victim('2025-02-10'),
      make.detention('TULP-GW', 'release', '2025-03-01', { releaseDate: '2025-03-01' }),
    ],
    expect: (s) => {
      assert.equal(s.notifications.bij.byType['pi-beeindiging'], 1);
      assert.equal(s.notifications.victims.byType['vrijlating-gepland'], 1);
      assert.equal(s.notifications.victims.byType.vrijlating, 1);
    },
  },
  {
    name: 'an announced release date that moves: a correction to the mayor and the victim desk',
    events: [
      make.admission('TULP-GW', '2025-02-01'),
      make.victim('2025-02-10'),
      make.detention('TULP-GW', 'release-scheduled', '2025-07-01', { releaseDate: '2025-08-01' }),
      make.detention('TULP-GW', 'planned-end-date-changed', '2025-07-10', { plannedEndDate: '2025-08-20' }),
      make.detention('TULP-GW', 'release', '2025-08-20', { releaseDate: '2025-08-20' }),
    ],
    expect: (s) => {
      assert.equal(s.notifications.bij.byType['pi-beeindiging'], 2);
      assert.equal(s.notifications.victims.byType['vrijlating-gepland'], 2);
    },
  },
  {
    name: 'an art. 18b risk at a prison release-scheduled counts; in a JJI it does not',
    events: [
      make.admission('TULP-GW', '2025-02-01'),
      make.detention('TULP-GW', 'release-scheduled', '2025-03-01', {
        releaseDate: '2025-04-01',
        risk18b: { domains: ['zeden'] },
      }),
      make.detention('TULP-GW', 'release', '2025-04-01', { releaseDate: '2025-04-01' }),
      make.admission('JVS', '2025-05-01', { kind: 'pre-trial', sentenceDays: undefined }),
      make.detention('JVS', 'release-scheduled', '2025-05-10', {
        releaseDate: '2025-06-01',
        risk18b: { domains: ['geweld'] },
      }),
    ],
    expect: (s) => assert.equal(s.notifications.risk18b, 1),
  },
  {
    name: 'a duplicate delivery is counted once; a fact re-sent under a new id counts again',
    events: (() => {
      const admission = make.admission('TULP-GW', '2025-02-01');
      const plan = make.detention('TULP-GW', 'dr-plan-shared', '2025-02-20');
      return [admission, admission, plan, { ...plan, eventId: 'again' }];
    })(),
    expect: (s) => {
      assert.equal(s.duplicateLines, 1);
      assert.equal(s.resentLines, 1);
      assert.equal(s.notifications.reintegration.byType.inschrijving, 1);
      assert.equal(s.notifications.reintegration.byType['deelbaar-dr-plan'], 2);
    },
  },
  {
    name: 'events before the period are the run-in: state, not counts',
    events: [
      make.admission('TULP-GW', '2024-11-01'),
      make.detention('TULP-GW', 'release', '2025-01-10', { releaseDate: '2025-01-10' }),
    ],
    expect: (s) => {
      assert.equal(s.admissions.GW, 0);
      assert.equal(s.releases.GW, 1);
      assert.equal(s.runIn.lines, 1);
      assert.equal(s.runIn.heldAtStart.GW, 1);
      assert.equal(s.notifications.bij.byType['pi-beeindiging'], 1);
      assert.equal(s.heldOnAverage.GW, 0); // 9 days of 365
    },
  },
];

describe('summarize', () => {
  for (const c of CASES) {
    test(c.name, () => c.expect(summarize(c.events, PERIOD)));
  }

  test('an event that arrives after a later one is counted as out of order', () => {
    const s = summarize(
      [
        make.admission('TULP-GW', '2025-02-01'),
        make.victim('2025-03-01'),
        make.detention('TULP-GW', 'dr-plan-shared', '2025-02-20'),
      ],
      PERIOD,
    );
    assert.equal(s.outOfOrderLines, 1);
  });
});
