/**
 * The notification rules, one row per case, read like the law: the person's
 * title and addresses, the event, and the notice it gives (box, type,
 * recipient) or the reason it gives none.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DetentionTitle, Episode } from '../detention/index.ts';
import type { DetentionEvent } from '../events/index.ts';
import type { BrpAddress } from '../identity/index.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import type { RuleOutcome } from './model.ts';
import { LEAVE, SOURCE } from './rules.fixtures.ts';
import { decide, type VictimRegistration } from './rules.ts';
import { ruleSetByName, ruleSetOn } from './rulesets.ts';

const catalog = defaultReferenceCatalog();
const institutionOf = (sector: 'GW' | 'JJI' | 'TBS') =>
  catalog.data.institutions.find((i) => i.sector === sector)?.code ?? '';
/** An institution with a complete address: people held long are registered there. */
const INSTITUTION = catalog.data.institutions.find((i) => i.postalCode && i.houseNumber && i.street);
if (!INSTITUTION) throw new Error('no institution with a complete address');

const home = (municipalityCode: string, validFrom = '2015-01-01'): BrpAddress => ({
  validFrom,
  municipalityCode,
  street: 'Dorpsstraat',
  houseNumber: '1',
  postalCode: '1234AB',
  city: 'Ergens',
});
const atInstitution: BrpAddress = {
  validFrom: '2024-01-01',
  municipalityCode: INSTITUTION.municipalityCode,
  street: INSTITUTION.street ?? '',
  houseNumber: INSTITUTION.houseNumber ?? '',
  postalCode: INSTITUTION.postalCode ?? '',
  city: INSTITUTION.city,
};

const TITLE_KIND = { GW: 'prison-sentence', JJI: 'pij', TBS: 'tbs-dwangverpleging' } as const;

interface Row {
  name: string;
  sector?: 'GW' | 'JJI' | 'TBS';
  title?: Partial<DetentionTitle>;
  addresses?: BrpAddress[];
  victims?: VictimRegistration[];
  event: string;
  extra?: Record<string, unknown>;
  date?: string;
  rules?: string;
  /** Expected notices as `box type recipient` (recipient `-` for none, with the exception after it). */
  expect: string[];
  /** Expected reasons for no notice (a part of the text is enough). */
  skips?: string[];
}

function run(row: Row): RuleOutcome[] {
  const sector = row.sector ?? 'GW';
  const date = row.date ?? '2025-06-10';
  const institution = institutionOf(sector);
  const event = {
    eventId: 'e-1',
    source: SOURCE[sector],
    type: row.event,
    occurredAt: `${date}T10:00:00+02:00`,
    skn: '10000002',
    institution,
    ...row.extra,
  } as unknown as DetentionEvent;
  const episode: Episode = {
    id: 1,
    skn: '10000002',
    sector,
    admittedOn: '2024-01-01',
    titles: [
      {
        kind: TITLE_KIND[sector],
        irrevocable: true,
        offences: ['Sr 242'],
        sentenceDays: 1460,
        caseNumber: '13/1-24',
        ...row.title,
        // In force since long before any row's date.
        from: '2000-01-01',
        until: null,
        logId: 1,
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
    lastEventLogId: 1,
  };
  const ruleSet = row.rules ? ruleSetByName(row.rules) : ruleSetOn(date);
  if (!ruleSet) throw new Error(`no rule set ${row.rules}`);
  return decide({
    event,
    episode,
    // A release was announced before (the flows test the release nobody announced).
    before:
      row.event === 'release'
        ? {
            ...episode,
            releaseScheduledOn: '2025-06-10',
            conditionalTerminationOn: sector === 'TBS' ? '2025-06-10' : null,
          }
        : episode,
    addresses: row.addresses ?? [home('GM0363')],
    victims: row.victims ?? [],
    catalog,
    ruleSet,
  });
}

const noticesOf = (outcomes: RuleOutcome[]) =>
  outcomes.flatMap((o) =>
    'notice' in o
      ? [`${o.notice.box} ${o.notice.type} ${o.notice.recipient ?? `- ${o.notice.exception}`}`]
      : [],
  );
const skipsOf = (outcomes: RuleOutcome[]) => outcomes.flatMap((o) => ('skip' in o ? [o.skip.reason] : []));

const ROWS: Row[] = [
  // BIJ: the routing table of seed 002, row by row.
  {
    name: 'PI Beëindiging goes to the last BRP address',
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging GM0363'],
    skips: ['no victim registration'],
  },
  {
    name: 'PI Regimefasering goes to the entered leave address',
    event: 'regime-phasing',
    extra: { phaseFrom: '2025-06-20', leaveAddress: LEAVE },
    expect: ['bij pi-regimefasering GM0599'],
  },
  {
    name: 'PI Verlof goes to the entered leave address',
    event: 'leave-granted',
    extra: { leaveFrom: '2025-06-20', leaveUntil: '2025-06-21', leaveAddress: LEAVE },
    expect: ['bij pi-verlof GM0599'],
    skips: ['no victim registration'],
  },
  {
    name: 'TBS Voorwaardelijke beëindiging goes to the last BRP address',
    sector: 'TBS',
    event: 'conditional-termination',
    extra: { terminationDate: '2025-07-01' },
    expect: ['bij tbs-voorwaardelijke-beeindiging GM0363'],
    skips: ['no victim registration'],
  },
  {
    name: 'TBS Verlof goes to the entered leave address',
    sector: 'TBS',
    event: 'leave-granted',
    extra: { leaveFrom: '2025-06-20', leaveUntil: '2025-06-20', leaveAddress: LEAVE },
    expect: ['bij tbs-verlof GM0599'],
    skips: ['no victim registration'],
  },
  {
    name: 'PIJ Beëindiging goes to the last BRP address, and the RvdK is not a BIJ recipient',
    sector: 'JJI',
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pij-beeindiging GM0363'],
    skips: ['no victim registration'],
  },
  {
    name: 'PIJ Verlofmachtiging goes to the entered leave address',
    sector: 'JJI',
    event: 'leave-authorization',
    extra: { leaveFrom: '2025-06-20', leaveAddress: LEAVE },
    expect: ['bij pij-verlofmachtiging GM0599'],
    skips: ['no victim registration'],
  },
  {
    name: '18B-melding goes to the last BRP address, whatever the offence',
    title: { offences: ['Sr 310'] },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01', risk18b: { domains: ['geweld'] } },
    expect: ['bij 18b-melding GM0363'],
    skips: ['pi-beeindiging: no serious-violent or sexual offence', 'no victim registration'],
  },
  // Routing details.
  {
    name: 'an address at a DJI institution is skipped for the one before',
    addresses: [home('GM0363'), atInstitution],
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging GM0363'],
    skips: ['no victim'],
  },
  {
    name: 'a merged municipality routes to its successor on the event date',
    addresses: [home('GM0457')],
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging GM0363'],
    skips: ['no victim'],
  },
  {
    name: 'a merged municipality stays itself before the merger',
    addresses: [home('GM0457')],
    date: '2021-06-10',
    event: 'release-scheduled',
    extra: { releaseDate: '2021-07-01' },
    expect: ['bij pi-beeindiging GM0457'],
    skips: ['no victim'],
  },
  {
    name: 'a person without an address goes to the operations queue, never nowhere',
    addresses: [],
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging - no-address'],
    skips: ['no victim'],
  },
  {
    name: 'a person registered only at the institution goes to the operations queue',
    addresses: [atInstitution],
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging - no-address'],
    skips: ['no victim'],
  },
  {
    name: 'an unknown municipality code goes to the operations queue',
    addresses: [home('GM9999')],
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging - unknown-municipality'],
    skips: ['no victim'],
  },
  {
    name: 'an address valid only after the event does not count',
    addresses: [home('GM0363'), home('GM0599', '2025-08-01')],
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging GM0363'],
    skips: ['no victim'],
  },
  // Eligibility.
  {
    name: 'a sentence that is not irrevocable gives no BIJ notice',
    title: { irrevocable: false },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: [],
    skips: ['not irrevocable', 'no victim'],
  },
  {
    name: 'pre-trial detention gives no BIJ notice',
    title: { kind: 'pre-trial', irrevocable: false },
    event: 'leave-granted',
    extra: { leaveFrom: '2025-06-20', leaveUntil: '2025-06-21', leaveAddress: LEAVE },
    expect: [],
    skips: ['BIJ covers prison-sentence only', 'no victim'],
  },
  {
    name: 'a sentence for theft gives no BIJ notice',
    title: { offences: ['Sr 310'] },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: [],
    skips: ['no serious-violent or sexual offence', 'no victim'],
  },
  {
    name: 'a PIJ that is not irrevocable gives no BIJ notice',
    sector: 'JJI',
    title: { irrevocable: false },
    event: 'leave-authorization',
    extra: { leaveFrom: '2025-06-20', leaveAddress: LEAVE },
    expect: [],
    skips: ['not irrevocable', 'no victim'],
  },
  // The arson extension.
  {
    name: 'arson is not BIJ-worthy before the extension starts',
    title: { offences: ['Sr 157'], sentenceDays: 730 },
    date: '2026-12-31',
    event: 'release-scheduled',
    extra: { releaseDate: '2027-01-15' },
    expect: [],
    skips: ['no serious-violent or sexual offence', 'no victim'],
  },
  {
    name: 'arson with a year or more is BIJ-worthy from the extension on',
    title: { offences: ['Sr 157'], sentenceDays: 365 },
    date: '2027-01-01',
    event: 'release-scheduled',
    extra: { releaseDate: '2027-01-15' },
    expect: ['bij pi-beeindiging GM0363'],
    skips: ['no victim'],
  },
  {
    name: 'arson with less than a year stays out under the extension',
    title: { offences: ['Sr 157'], sentenceDays: 364 },
    date: '2027-02-01',
    event: 'release-scheduled',
    extra: { releaseDate: '2027-03-01' },
    expect: [],
    skips: ['arson with a sentence under 365 days', 'no victim'],
  },
  {
    name: 'the extension replayed over history makes arson BIJ-worthy in 2025',
    rules: 'brandstichting',
    title: { offences: ['Sr 157'], sentenceDays: 400 },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging GM0363'],
    skips: ['no victim'],
  },
  // The law's notation, and offences the reference data does not know (issue 13).
  {
    name: 'an attempted manslaughter (Sr 287 jo 45) is BIJ-worthy as manslaughter',
    title: { offences: ['Sr 287 jo 45'] },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging GM0363'],
    skips: ['no victim'],
  },
  {
    name: 'participation in rape (Sr 242 jo 47) is BIJ-worthy as rape',
    title: { offences: ['Sr 242 jo. 47'] },
    event: 'leave-granted',
    extra: { leaveFrom: '2025-06-20', leaveUntil: '2025-06-21', leaveAddress: LEAVE },
    expect: ['bij pi-verlof GM0599'],
    skips: ['no victim'],
  },
  {
    name: 'preparation (jo 46) is left to the operators',
    title: { offences: ['Sr 287 jo 46'] },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging - unknown-offence'],
    skips: ['no victim'],
  },
  {
    name: 'an article the reference data does not know goes to the operators, not nowhere',
    title: { offences: ['Sr 999'] },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging - unknown-offence'],
    skips: ['no victim'],
  },
  {
    name: 'an unknown article beside a qualifying one changes nothing: BIJ to the municipality',
    title: { offences: ['Sr 999', 'Sr 242'] },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging GM0363'],
    skips: ['no victim'],
  },
  {
    name: 'an unknown article on a sentence that is not irrevocable: no BIJ, for that reason',
    title: { offences: ['Sr 999'], irrevocable: false },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: [],
    skips: ['pi-beeindiging: the prison-sentence is not irrevocable', 'no victim'],
  },
  {
    name: 'arson with a short sentence beside an unknown article is not ruled out: operators',
    rules: 'brandstichting',
    title: { offences: ['Sr 157', 'Sr 999'], sentenceDays: 200 },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging - unknown-offence'],
    skips: ['no victim'],
  },
  {
    name: 'theft beside an unknown article is not ruled out: operators',
    title: { offences: ['Sr 310', 'Sr 310 jo 311'] },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['bij pi-beeindiging - unknown-offence'],
    skips: ['no victim'],
  },
  // Art. 18b.
  {
    name: 'no 18b notice before September 2023',
    date: '2023-08-31',
    event: 'release-scheduled',
    extra: { releaseDate: '2023-09-15', risk18b: { domains: ['zeden'] } },
    expect: ['bij pi-beeindiging GM0363'],
    skips: ['18b notices exist since September 2023', 'no victim'],
  },
  {
    name: 'no 18b notice outside the prison system',
    sector: 'JJI',
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01', risk18b: { domains: ['zeden'] } },
    expect: ['bij pij-beeindiging GM0363'],
    skips: ['prison system (GW) only', 'no victim'],
  },
  // Re-integration (art. 18a): every sector; juveniles also to the RvdK.
  {
    name: 'a first registration goes to the municipality',
    title: { kind: 'pre-trial', irrevocable: false },
    event: 'admission',
    extra: { title: { kind: 'pre-trial' } },
    expect: ['reintegration inschrijving GM0363'],
  },
  {
    name: "a juvenile's registration goes to the municipality and the RvdK",
    sector: 'JJI',
    event: 'admission',
    extra: { title: { kind: 'pij' } },
    expect: ['reintegration inschrijving GM0363', 'reintegration inschrijving RVDK'],
  },
  {
    name: 'a planned-end-date change',
    event: 'planned-end-date-changed',
    extra: { plannedEndDate: '2027-01-01' },
    expect: ['reintegration wijziging-einddatum GM0363'],
  },
  {
    name: 'a transfer',
    event: 'transfer',
    extra: { toInstitution: 'PI-X' },
    expect: ['reintegration overplaatsing GM0363'],
  },
  {
    name: 'the shareable D&R plan',
    event: 'dr-plan-shared',
    expect: ['reintegration deelbaar-dr-plan GM0363'],
  },
  {
    name: 'the end of detention, in TBS too',
    sector: 'TBS',
    event: 'release',
    extra: { releaseDate: '2025-06-10' },
    expect: ['reintegration einde-detentie GM0363'],
    skips: ['no victim'],
  },
  {
    name: 'a re-integration notice without address goes to the operations queue',
    addresses: [],
    event: 'dr-plan-shared',
    expect: ['reintegration deelbaar-dr-plan - no-address'],
  },
  // Victims: one notice per registration in the case.
  {
    name: 'a leave is told to the victim desk once per registration',
    victims: [
      { caseNumber: '13/1-24', victimReference: 'IDV-1' },
      { caseNumber: '13/1-24', victimReference: 'IDV-2' },
      { caseNumber: '99/9-24', victimReference: 'IDV-3' },
    ],
    title: { offences: ['Sr 310'] },
    event: 'leave-granted',
    extra: { leaveFrom: '2025-06-20', leaveUntil: '2025-06-21', leaveAddress: LEAVE },
    expect: ['victims verlof CJIB-IDV', 'victims verlof CJIB-IDV'],
    skips: ['no serious-violent or sexual offence'],
  },
  {
    name: 'an escape is told to the victim desk',
    victims: [{ caseNumber: '13/1-24', victimReference: 'IDV-1' }],
    event: 'escape',
    expect: ['victims ontvluchting CJIB-IDV'],
  },
  {
    name: 'a release is told to the victim desk and the municipality',
    victims: [{ caseNumber: '13/1-24', victimReference: 'IDV-1' }],
    event: 'release',
    extra: { releaseDate: '2025-06-10' },
    expect: ['reintegration einde-detentie GM0363', 'victims vrijlating CJIB-IDV'],
  },
  {
    name: 'a scheduled release is told to the victim desk',
    victims: [{ caseNumber: '13/1-24', victimReference: 'IDV-1' }],
    title: { offences: ['Sr 310'] },
    event: 'release-scheduled',
    extra: { releaseDate: '2025-07-01' },
    expect: ['victims vrijlating-gepland CJIB-IDV'],
    skips: ['no serious-violent'],
  },
];

describe('decide', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const outcomes = run(row);
      assert.deepEqual(noticesOf(outcomes), row.expect);
      const reasons = skipsOf(outcomes);
      for (const expected of row.skips ?? []) {
        assert.ok(
          reasons.some((r) => r.includes(expected)),
          `a skip saying "${expected}" among ${JSON.stringify(reasons)}`,
        );
      }
      assert.equal(reasons.length, (row.skips ?? []).length, `skips: ${JSON.stringify(reasons)}`);
    });
  }

  it('names the legal basis and the rule set of every notice', () => {
    const row = ROWS.find((r) => r.name.startsWith('18B-melding goes to the last BRP address'));
    assert.ok(row, 'the 18B row of the table');
    const outcomes = run(row);
    const notice = outcomes.find((o) => 'notice' in o);
    assert.ok(notice && 'notice' in notice);
    assert.equal(notice.notice.legalBasis, 'art. 18b Penitentiaire beginselenwet');
    assert.equal(notice.notice.ruleSet, 'bij-18b-2023');
  });

  it("prints the law of the notice's sector: a JJI registration names the JJI law, a TBS one the TBS law", () => {
    const rows: ['GW' | 'JJI' | 'TBS', string][] = [
      ['GW', 'art. 18a Penitentiaire beginselenwet'],
      ['JJI', 'Beginselenwet justitiële jeugdinrichtingen'],
      ['TBS', 'Beginselenwet verpleging ter beschikking gestelden'],
    ];
    for (const [sector, law] of rows) {
      const outcomes = run({ name: sector, sector, event: 'admission', extra: { title: {} }, expect: [] });
      const bases = outcomes.flatMap((o) =>
        'notice' in o && o.notice.recipient !== 'RVDK' ? [o.notice.legalBasis] : [],
      );
      assert.deepEqual(bases, [law], sector);
    }
  });
});

describe('ruleSetOn', () => {
  it('picks the rule set in force on a date', () => {
    assert.equal(ruleSetOn('2023-08-31').name, 'bij-2019');
    assert.equal(ruleSetOn('2023-09-01').name, 'bij-18b-2023');
    assert.equal(ruleSetOn('2027-01-01').name, 'brandstichting');
  });
});
