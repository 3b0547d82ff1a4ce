/**
 * The paths real people take through detention (contract 1.1), one flow per row: a sequence
 * of events through the real state machine and the real rules, and what each step tells whom.
 * Pre-trial → judgment → irrevocable, the same under appeal, two titles at once, a prison
 * part then TBS, escape and return, a release nobody announced, a release date that moves,
 * a victim of the second case. Contradictions are refused and change nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PersonDetention, transition } from '../detention/index.ts';
import type { DetentionEvent } from '../events/index.ts';
import type { BrpAddress } from '../identity/index.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import type { Notice } from './model.ts';
import { HOME, LEAVE, SOURCE } from './rules.fixtures.ts';
import { decide, type EarlierNotice, type VictimRegistration } from './rules.ts';
import { ruleSetOn } from './rulesets.ts';

const catalog = defaultReferenceCatalog();
const PRISON = 'PI-VUGHT';
const CLINIC = 'FPC-VAN-DER-HOEVEN';
const JJI = 'JJI-DE-HUNNERBERG';
const RAPE = ['Sr 242'];
const THEFT = ['Sr 310'];

interface Step {
  /** The event type, then its Dutch date. */
  event: string;
  on: string;
  /** Where the event comes from; by default where the person is. */
  at?: string;
  extra?: Record<string, unknown>;
  /** The notices as `box type recipient` (`-` and the exception when unrouted), then ` late` and ` supersedes <eventId>`. */
  expect?: string[];
  /** Reasons for not notifying that must be among the skips (a part of the text is enough). */
  skips?: string[];
  /** The rule the event breaks: it is refused and changes nothing. */
  refused?: string;
}

interface Flow {
  name: string;
  victims?: VictimRegistration[];
  addresses?: BrpAddress[];
  steps: Step[];
}

const title = (kind: string, caseNumber: string, offences: string[], more: Record<string, unknown> = {}) => ({
  kind,
  caseNumber,
  offences,
  ...more,
});

function line(n: Notice): string {
  const to = n.recipient ?? `- ${n.exception}`;
  return `${n.box} ${n.type} ${to}${n.late ? ' late' : ''}${n.supersedes ? ` supersedes ${n.supersedes}` : ''}`;
}

function play(flow: Flow): void {
  let state: PersonDetention = { episode: undefined, stay: undefined };
  const earlier: (EarlierNotice & { logId: number })[] = [];
  flow.steps.forEach((step, i) => {
    const logId = i + 1;
    const institution = step.at ?? state.episode?.institution ?? PRISON;
    const sector = catalog.institution(institution)?.sector ?? 'GW';
    const event = {
      eventId: `e${logId}`,
      source: SOURCE[sector],
      type: step.event,
      occurredAt: `${step.on}T10:00:00+01:00`,
      skn: '10000017',
      institution,
      ...step.extra,
    } as unknown as DetentionEvent;
    const label = `${flow.name}, step ${logId} (${step.event} on ${step.on})`;
    const result = transition(state, event, logId, sector, (code) => catalog.institution(code)?.sector);
    if (step.refused) {
      assert.equal(result.ok, false, `${label}: must be refused`);
      if (!result.ok) assert.equal(result.errors[0]?.rule, step.refused, label);
      return;
    }
    if (!result.ok) assert.fail(`${label}: refused: ${JSON.stringify(result.errors)}`);
    const before = state.episode?.status === 'released' ? undefined : state.episode;
    state = result.state;
    const episode = state.episode;
    assert.ok(episode, label);
    const outcomes = decide({
      event,
      episode,
      before,
      addresses: flow.addresses ?? [HOME],
      victims: flow.victims ?? [],
      earlier: earlier.filter((n) => n.logId >= episode.id),
      catalog,
      ruleSet: ruleSetOn(step.on),
    });
    const notices = outcomes.flatMap((o) => ('notice' in o ? [o.notice] : []));
    for (const n of notices) earlier.push({ ...n, logId });
    assert.deepEqual(notices.map(line).sort(), [...(step.expect ?? [])].sort(), label);
    const skips = outcomes.flatMap((o) => ('skip' in o ? [o.skip.reason] : []));
    for (const part of step.skips ?? [])
      assert.ok(
        skips.some((s) => s.includes(part)),
        `${label}: no skip "${part}" among ${JSON.stringify(skips)}`,
      );
  });
}

const FLOWS: Flow[] = [
  {
    name: 'pre-trial, judgment, irrevocable, then leave and release: the mayor hears',
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('pre-trial', '13/1-25', RAPE) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'leave-granted',
        on: '2025-03-01',
        extra: { leaveFrom: '2025-03-10', leaveUntil: '2025-03-11', leaveAddress: LEAVE },
        skips: ['pi-verlof: title pre-trial in GW: BIJ covers prison-sentence only (case 13/1-25)'],
      },
      {
        event: 'title-changed',
        on: '2025-05-01',
        extra: {
          caseNumber: '13/1-25',
          title: title('prison-sentence', '13/1-25', RAPE, { sentenceDays: 1460 }),
        },
      },
      {
        event: 'leave-granted',
        on: '2025-05-10',
        extra: { leaveFrom: '2025-05-20', leaveUntil: '2025-05-21', leaveAddress: LEAVE },
        skips: ['pi-verlof: the prison-sentence is not irrevocable (case 13/1-25)'],
      },
      {
        event: 'title-changed',
        on: '2025-05-16',
        extra: {
          caseNumber: '13/1-25',
          title: title('prison-sentence', '13/1-25', RAPE, { sentenceDays: 1460, irrevocable: true }),
        },
      },
      {
        event: 'leave-granted',
        on: '2025-09-01',
        extra: { leaveFrom: '2025-09-10', leaveUntil: '2025-09-11', leaveAddress: LEAVE },
        expect: ['bij pi-verlof GM0599'],
      },
      {
        event: 'release-scheduled',
        on: '2026-01-05',
        extra: { releaseDate: '2026-02-01' },
        expect: ['bij pi-beeindiging GM0363'],
      },
      {
        event: 'release',
        on: '2026-02-01',
        extra: { releaseDate: '2026-02-01' },
        expect: ['reintegration einde-detentie GM0363'],
      },
    ],
  },
  {
    name: 'the same under appeal: no BIJ while the sentence is not irrevocable',
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('pre-trial', 'A', RAPE) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'title-changed',
        on: '2025-05-01',
        extra: { caseNumber: 'A', title: title('prison-sentence', 'A', RAPE, { sentenceDays: 400 }) },
      },
      {
        event: 'release-scheduled',
        on: '2025-10-01',
        extra: { releaseDate: '2025-11-01' },
        skips: ['pi-beeindiging: the prison-sentence is not irrevocable (case A)'],
      },
    ],
  },
  {
    name: 'two titles at once: a sentence in one case while pre-trial in another',
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('pre-trial', 'A', THEFT) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'title-added',
        on: '2025-02-01',
        extra: { title: title('prison-sentence', 'B', RAPE, { irrevocable: true, sentenceDays: 900 }) },
      },
      {
        event: 'leave-granted',
        on: '2025-06-01',
        extra: { leaveFrom: '2025-06-10', leaveUntil: '2025-06-11', leaveAddress: LEAVE },
        expect: ['bij pi-verlof GM0599'],
      },
      { event: 'title-ended', on: '2025-07-01', extra: { caseNumber: 'A' } },
      { event: 'title-ended', on: '2025-07-02', extra: { caseNumber: 'B' }, refused: 'last-title' },
      {
        event: 'release-scheduled',
        on: '2025-12-01',
        extra: { releaseDate: '2026-01-15' },
        expect: ['bij pi-beeindiging GM0363'],
      },
    ],
  },
  {
    name: 'a pre-trial title that ended before the leave brings nothing; the sentence decides',
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('pre-trial', 'A', RAPE) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'title-added',
        on: '2025-02-01',
        extra: { title: title('prison-sentence', 'B', THEFT, { irrevocable: true, sentenceDays: 200 }) },
      },
      { event: 'title-ended', on: '2025-03-01', extra: { caseNumber: 'A' } },
      {
        event: 'release-scheduled',
        on: '2025-06-01',
        extra: { releaseDate: '2025-08-01' },
        skips: ['pi-beeindiging: no serious-violent or sexual offence among Sr 310 (case B)'],
      },
    ],
  },
  {
    name: 'prison part, then TBS in a clinic (a sector transfer), then TBS leave and conditional end',
    victims: [{ caseNumber: 'A', victimReference: 'IDV-1' }],
    steps: [
      {
        event: 'admission',
        on: '2024-01-10',
        extra: { title: title('prison-sentence', 'A', RAPE, { irrevocable: true, sentenceDays: 700 }) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'title-added',
        on: '2024-02-01',
        extra: { title: title('tbs-dwangverpleging', 'A-tbs', RAPE, { irrevocable: true }) },
      },
      {
        event: 'transfer',
        on: '2025-09-01',
        extra: { toInstitution: CLINIC },
        expect: ['reintegration overplaatsing GM0363'],
      },
      { event: 'title-ended', on: '2025-09-02', at: CLINIC, extra: { caseNumber: 'A' } },
      {
        event: 'leave-granted',
        on: '2026-03-01',
        at: CLINIC,
        extra: { leaveFrom: '2026-03-10', leaveUntil: '2026-03-12', leaveAddress: LEAVE },
        expect: ['bij tbs-verlof GM0599', 'victims verlof CJIB-IDV'],
      },
      {
        event: 'leave-granted',
        on: '2026-03-05',
        at: PRISON,
        extra: { leaveFrom: '2026-03-10', leaveUntil: '2026-03-12', leaveAddress: LEAVE },
        refused: 'not-here',
      },
      {
        event: 'conditional-termination',
        on: '2026-06-01',
        at: CLINIC,
        extra: { terminationDate: '2026-07-01' },
        expect: [
          'bij tbs-voorwaardelijke-beeindiging GM0363',
          'victims voorwaardelijke-beeindiging CJIB-IDV',
        ],
      },
      {
        event: 'release',
        on: '2026-07-01',
        at: CLINIC,
        extra: { releaseDate: '2026-07-01' },
        expect: ['reintegration einde-detentie GM0363', 'victims vrijlating CJIB-IDV'],
      },
    ],
  },
  {
    name: 'a juvenile moved to a prison: the council hears of the transfer, nobody of a release',
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        at: JJI,
        extra: { title: title('pij', 'J', RAPE, { irrevocable: true }) },
        expect: ['reintegration inschrijving GM0363', 'reintegration inschrijving RVDK'],
      },
      {
        event: 'transfer',
        on: '2025-06-01',
        extra: { toInstitution: PRISON },
        expect: ['reintegration overplaatsing GM0363', 'reintegration overplaatsing RVDK'],
      },
      {
        event: 'title-added',
        on: '2025-06-02',
        at: PRISON,
        extra: { title: title('prison-sentence', 'K', RAPE, { irrevocable: true, sentenceDays: 500 }) },
      },
      {
        event: 'release-scheduled',
        on: '2026-01-02',
        extra: { releaseDate: '2026-02-01' },
        expect: ['bij pi-beeindiging GM0363'],
      },
    ],
  },
  {
    name: 'escape and return: the victim desk hears both; a return of someone not escaped is refused',
    victims: [{ caseNumber: 'A', victimReference: 'IDV-1' }],
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('prison-sentence', 'A', THEFT, { irrevocable: true, sentenceDays: 300 }) },
        expect: ['reintegration inschrijving GM0363'],
      },
      { event: 'returned', on: '2025-02-01', refused: 'not-escaped' },
      { event: 'escape', on: '2025-03-01', expect: ['victims ontvluchting CJIB-IDV'] },
      { event: 'escape', on: '2025-03-02', refused: 'already-escaped' },
      { event: 'returned', on: '2025-03-05', expect: ['victims terugkeer CJIB-IDV'] },
    ],
  },
  {
    name: 'version 1: the next event after an escape means the person is back',
    victims: [{ caseNumber: 'A', victimReference: 'IDV-1' }],
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('prison-sentence', 'A', THEFT, { irrevocable: true, sentenceDays: 300 }) },
        expect: ['reintegration inschrijving GM0363'],
      },
      { event: 'escape', on: '2025-03-01', expect: ['victims ontvluchting CJIB-IDV'] },
      {
        event: 'planned-end-date-changed',
        on: '2025-03-10',
        extra: { plannedEndDate: '2025-12-01' },
        expect: ['reintegration wijziging-einddatum GM0363', 'victims terugkeer CJIB-IDV'],
      },
    ],
  },
  {
    name: 'a release without a scheduled release: the notices that should have gone ahead, late',
    victims: [{ caseNumber: 'A', victimReference: 'IDV-1' }],
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('prison-sentence', 'A', RAPE, { irrevocable: true, sentenceDays: 300 }) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'release',
        on: '2025-09-01',
        extra: { releaseDate: '2025-09-01' },
        expect: [
          'bij pi-beeindiging GM0363 late',
          'reintegration einde-detentie GM0363',
          'victims vrijlating-gepland CJIB-IDV late',
          'victims vrijlating CJIB-IDV',
        ],
      },
    ],
  },
  {
    name: 'a court lifts pre-trial detention: a release with nothing for the mayor',
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('pre-trial', 'A', RAPE) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'release',
        on: '2025-02-01',
        extra: { releaseDate: '2025-02-01' },
        expect: ['reintegration einde-detentie GM0363'],
        skips: ['pi-beeindiging: title pre-trial in GW'],
      },
    ],
  },
  {
    name: 'a release date that moves: the mayor and the victim desk get a correction',
    victims: [{ caseNumber: 'A', victimReference: 'IDV-1' }],
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('prison-sentence', 'A', RAPE, { irrevocable: true, sentenceDays: 400 }) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'release-scheduled',
        on: '2025-12-01',
        extra: { releaseDate: '2026-01-15' },
        expect: ['bij pi-beeindiging GM0363', 'victims vrijlating-gepland CJIB-IDV'],
      },
      {
        event: 'release-scheduled',
        on: '2025-12-10',
        extra: { releaseDate: '2026-01-29' },
        expect: [
          'bij pi-beeindiging GM0363 supersedes e2',
          'victims vrijlating-gepland CJIB-IDV supersedes e2',
        ],
      },
      {
        event: 'planned-end-date-changed',
        on: '2026-01-05',
        extra: { plannedEndDate: '2026-02-12' },
        expect: [
          'reintegration wijziging-einddatum GM0363',
          'bij pi-beeindiging GM0363 supersedes e3',
          'victims vrijlating-gepland CJIB-IDV supersedes e3',
        ],
      },
      {
        event: 'release',
        on: '2026-02-12',
        extra: { releaseDate: '2026-02-12' },
        expect: ['reintegration einde-detentie GM0363', 'victims vrijlating CJIB-IDV'],
      },
    ],
  },
  {
    name: 'the judgment becomes irrevocable after the release was scheduled: the mayor hears of that release then',
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('pre-trial', 'A', RAPE) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'title-changed',
        on: '2025-04-01',
        extra: { caseNumber: 'A', title: title('prison-sentence', 'A', RAPE, { sentenceDays: 400 }) },
      },
      {
        event: 'release-scheduled',
        on: '2025-10-01',
        extra: { releaseDate: '2026-02-01' },
        skips: ['pi-beeindiging: the prison-sentence is not irrevocable (case A)'],
      },
      {
        event: 'title-changed',
        on: '2025-11-01',
        extra: {
          caseNumber: 'A',
          title: title('prison-sentence', 'A', RAPE, { sentenceDays: 400, irrevocable: true }),
        },
        expect: ['bij pi-beeindiging GM0363'],
      },
      {
        event: 'title-added',
        on: '2025-11-20',
        extra: { title: title('substitute-detention', 'B', THEFT) },
      },
    ],
  },
  {
    name: 'TBS: a scheduled release is no conditional termination; ending TBS without one is late for the mayor',
    victims: [{ caseNumber: 'T', victimReference: 'IDV-9' }],
    steps: [
      {
        event: 'admission',
        on: '2024-01-10',
        at: CLINIC,
        extra: { title: title('tbs-dwangverpleging', 'T', RAPE, { irrevocable: true }) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'release-scheduled',
        on: '2026-01-02',
        extra: { releaseDate: '2026-03-01' },
        expect: ['victims vrijlating-gepland CJIB-IDV'],
      },
      {
        event: 'release',
        on: '2026-03-01',
        extra: { releaseDate: '2026-03-01' },
        expect: [
          'bij tbs-voorwaardelijke-beeindiging GM0363 late',
          'reintegration einde-detentie GM0363',
          'victims vrijlating CJIB-IDV',
        ],
      },
    ],
  },
  {
    name: 'a case of 2023 judged after the renumbering of 2024 keeps its old article: Sr 252 was no sexual offence then',
    steps: [
      {
        event: 'admission',
        on: '2023-05-10',
        extra: { title: title('pre-trial', 'A', ['Sr 252']) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'title-changed',
        on: '2024-09-01',
        extra: {
          caseNumber: 'A',
          title: title('prison-sentence', 'A', ['Sr 252'], { irrevocable: true, sentenceDays: 900 }),
        },
      },
      {
        event: 'release-scheduled',
        on: '2025-06-01',
        extra: { releaseDate: '2025-07-01' },
        skips: ['pi-beeindiging: no serious-violent or sexual offence among Sr 252 (case A)'],
      },
    ],
  },
  {
    name: 'a case of 2025 with Sr 252 is read in the new numbering: a sexual offence',
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('prison-sentence', 'A', ['Sr 252'], { irrevocable: true, sentenceDays: 900 }) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'release-scheduled',
        on: '2025-06-01',
        extra: { releaseDate: '2025-07-01' },
        expect: ['bij pi-beeindiging GM0363'],
      },
    ],
  },
  {
    name: 'a release scheduled for a date already past is late',
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('prison-sentence', 'A', RAPE, { irrevocable: true, sentenceDays: 200 }) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'release-scheduled',
        on: '2025-08-05',
        extra: { releaseDate: '2025-08-01' },
        expect: ['bij pi-beeindiging GM0363 late'],
      },
    ],
  },
  {
    name: 'a victim registered in the second case hears of the escape',
    victims: [{ caseNumber: 'B', victimReference: 'IDV-2' }],
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('pre-trial', 'A', THEFT) },
        expect: ['reintegration inschrijving GM0363'],
      },
      { event: 'title-added', on: '2025-02-01', extra: { title: title('pre-trial', 'B', ['Sr 300']) } },
      { event: 'escape', on: '2025-03-01', expect: ['victims ontvluchting CJIB-IDV'] },
    ],
  },
  {
    name: 'contradictions are refused: a case the episode does not hold, a case it holds already',
    steps: [
      {
        event: 'admission',
        on: '2025-01-10',
        extra: { title: title('pre-trial', 'A', THEFT) },
        expect: ['reintegration inschrijving GM0363'],
      },
      {
        event: 'title-changed',
        on: '2025-02-01',
        extra: { caseNumber: 'Z', title: title('prison-sentence', 'Z', THEFT) },
        refused: 'unknown-case',
      },
      { event: 'title-ended', on: '2025-02-01', extra: { caseNumber: 'Z' }, refused: 'unknown-case' },
      {
        event: 'title-added',
        on: '2025-02-01',
        extra: { title: title('prison-sentence', 'A', THEFT) },
        refused: 'case-held',
      },
      { event: 'title-ended', on: '2025-02-01', extra: { caseNumber: 'A' }, refused: 'last-title' },
    ],
  },
];

describe('the flows of real detentions (contract 1.1)', () => {
  for (const flow of FLOWS) it(flow.name, () => play(flow));
});
