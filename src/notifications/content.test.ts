/**
 * What each notice type tells its reader, one row per type: the fields its
 * legal basis allows (fields.ts) and none it must not carry. No BIJ, 18b or
 * victims notice carries the BSN; the mayor hears the BIJ category, never the
 * article; the home address only of a release.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TitleVersion } from '../detention/index.ts';
import type { BrpAddress } from '../identity/index.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { contentOf } from './content.ts';
import { FIELD_LISTS, NOTICE_FIELDS, type NoticeField } from './fields.ts';
import type { Box, NoticeType } from './model.ts';
import { HOME, LEAVE } from './rules.fixtures.ts';
import type { NoticeContent } from './schemas.ts';
import type { NoticeSources, StoredNotice } from './stored-notice.ts';

const catalog = defaultReferenceCatalog();
const institutionOf = (sector: 'GW' | 'JJI' | 'TBS') => {
  const found = catalog.data.institutions.find((i) => i.sector === sector);
  if (!found) throw new Error(`no ${sector} institution`);
  return found;
};

const title = (t: Partial<TitleVersion> = {}): TitleVersion => ({
  caseNumber: '13/123456-24',
  kind: 'prison-sentence',
  irrevocable: true,
  offences: ['Sr 242', 'Sr 287 jo 45', 'Sr 310'],
  sentenceDays: 1460,
  from: '2024-01-10',
  until: null,
  logId: 1,
  ...t,
});

interface Row {
  type: NoticeType;
  box: Box;
  sector: 'GW' | 'JJI' | 'TBS';
  event?: Record<string, unknown>;
  titles?: TitleVersion[];
  /** Fields the notice must carry. */
  has: NoticeField[];
  /** Fields it must not carry, whatever the sources hold. */
  never: NoticeField[];
  check?: (c: NoticeContent) => void;
}

const NOT_BIJ: NoticeField[] = [
  'bsn',
  'skn',
  'victimReference',
  'caseNumber',
  'admissionDate',
  'drPlanAvailable',
];
const NOT_REINTEGRATION: NoticeField[] = [
  'offenceCategories',
  'sanctions',
  'routingAddress',
  'victimReference',
];
const NOT_VICTIMS: NoticeField[] = ['bsn', 'routingAddress', 'offenceCategories', 'sanctions', 'birthDate'];

const ROWS: Row[] = [
  {
    type: 'inschrijving',
    box: 'reintegration',
    sector: 'GW',
    event: { plannedEndDate: '2027-01-10' },
    has: ['bsn', 'name', 'birthDate', 'institution', 'admissionDate', 'plannedEndDate'],
    never: NOT_REINTEGRATION,
  },
  {
    type: 'wijziging-einddatum',
    box: 'reintegration',
    sector: 'JJI',
    event: { plannedEndDate: '2026-09-01' },
    has: ['bsn', 'name', 'institution', 'plannedEndDate'],
    never: NOT_REINTEGRATION,
    check: (c) => assert.equal(c.plannedEndDate, '2026-09-01'),
  },
  {
    type: 'overplaatsing',
    box: 'reintegration',
    sector: 'TBS',
    event: { toInstitution: institutionOf('TBS').code },
    has: ['bsn', 'institution', 'admissionDate'],
    never: NOT_REINTEGRATION,
    check: (c) => assert.equal(c.institution?.code, institutionOf('TBS').code),
  },
  {
    type: 'deelbaar-dr-plan',
    box: 'reintegration',
    sector: 'GW',
    // A sender of contract 1 may still say the detainee consented: it is accepted and not shown.
    event: { consent: true, intendedMunicipalityCode: 'GM0599' },
    has: ['bsn', 'name', 'drPlanAvailable', 'brpMunicipality', 'intendedMunicipality'],
    never: [...NOT_REINTEGRATION, 'admissionDate'],
    check: (c) => {
      assert.deepEqual(c.brpMunicipality, { code: 'GM0363', name: 'Amsterdam' });
      assert.deepEqual(c.intendedMunicipality, { code: 'GM0599', name: 'Rotterdam' });
      assert.equal('consent' in c || 'drInformationConsent' in c, false);
    },
  },
  {
    type: 'einde-detentie',
    box: 'reintegration',
    sector: 'GW',
    event: { releaseDate: '2026-01-10' },
    has: ['bsn', 'admissionDate', 'releaseDate'],
    never: NOT_REINTEGRATION,
  },
  {
    type: 'pi-verlof',
    box: 'bij',
    sector: 'GW',
    event: { leaveFrom: '2025-06-20', leaveUntil: '2025-06-22', leaveAddress: LEAVE },
    has: [
      'name',
      'birthDate',
      'institution',
      'routingAddress',
      'offenceCategories',
      'sanctions',
      'leaveFrom',
      'leaveUntil',
    ],
    never: NOT_BIJ,
    check: (c) => {
      assert.deepEqual(c.offenceCategories, ['sexual', 'serious-violent']);
      assert.deepEqual(c.sanctions, [{ kind: 'prison-sentence', sentenceDays: 1460 }]);
      assert.equal((c.routingAddress as { street?: string }).street, 'Coolsingel');
    },
  },
  {
    type: 'pi-regimefasering',
    box: 'bij',
    sector: 'GW',
    event: { phaseFrom: '2025-07-01', leaveAddress: LEAVE },
    has: ['name', 'institution', 'routingAddress', 'offenceCategories', 'sanctions', 'phaseFrom'],
    never: [...NOT_BIJ, 'releaseDate'],
  },
  {
    type: 'pi-beeindiging',
    box: 'bij',
    sector: 'GW',
    event: { releaseDate: '2025-08-01' },
    has: ['name', 'institution', 'routingAddress', 'offenceCategories', 'sanctions', 'releaseDate'],
    never: [...NOT_BIJ, 'leaveFrom'],
    check: (c) => {
      // A release: the BRP address at street level.
      assert.deepEqual(c.routingAddress, pickAddress(HOME));
      const gw = institutionOf('GW') as { name: string; contact?: unknown };
      assert.equal(c.institution?.name, gw.name);
      assert.deepEqual(c.institution?.contact, gw.contact);
    },
  },
  {
    type: 'pij-verlofmachtiging',
    box: 'bij',
    sector: 'JJI',
    titles: [title({ kind: 'pij', offences: ['Sr 287'], sentenceDays: null })],
    event: { leaveFrom: '2025-06-20', leaveAddress: LEAVE },
    has: ['name', 'routingAddress', 'offenceCategories', 'sanctions', 'leaveFrom'],
    never: NOT_BIJ,
    check: (c) => assert.deepEqual(c.sanctions, [{ kind: 'pij', sentenceDays: null }]),
  },
  {
    type: 'pij-beeindiging',
    box: 'bij',
    sector: 'JJI',
    titles: [title({ kind: 'pij', offences: ['Sr 287'], sentenceDays: null })],
    event: { releaseDate: '2025-08-01' },
    has: ['name', 'routingAddress', 'sanctions', 'releaseDate'],
    never: NOT_BIJ,
    check: (c) => assert.equal((c.routingAddress as { postalCode?: string }).postalCode, '1012LG'),
  },
  {
    type: 'tbs-verlof',
    box: 'bij',
    sector: 'TBS',
    titles: [title({ kind: 'tbs-dwangverpleging', offences: ['Sr 157'], sentenceDays: null })],
    event: { leaveFrom: '2025-06-20', leaveUntil: '2025-06-21', leaveAddress: LEAVE },
    has: ['name', 'routingAddress', 'sanctions', 'leaveFrom', 'leaveUntil'],
    never: NOT_BIJ,
    check: (c) => assert.deepEqual(c.offenceCategories, ['arson']),
  },
  {
    type: 'tbs-voorwaardelijke-beeindiging',
    box: 'bij',
    sector: 'TBS',
    titles: [title({ kind: 'tbs-dwangverpleging', sentenceDays: null })],
    event: { terminationDate: '2025-09-01' },
    has: ['name', 'routingAddress', 'offenceCategories', 'sanctions', 'terminationDate'],
    never: NOT_BIJ,
  },
  {
    type: '18b-melding',
    box: 'bij',
    sector: 'GW',
    titles: [title({ offences: ['Sr 310'] })],
    event: { releaseDate: '2025-08-01', risk18b: { domains: ['zeden'] } },
    has: ['name', 'institution', 'routingAddress', 'sanctions', 'releaseDate'],
    never: [...NOT_BIJ, 'offenceCategories'],
    check: (c) => assert.equal(JSON.stringify(c).includes('zeden'), false),
  },
  {
    type: 'verlof',
    box: 'victims',
    sector: 'GW',
    event: { leaveFrom: '2025-06-20', leaveUntil: '2025-06-22', leaveAddress: LEAVE },
    has: ['victimReference', 'caseNumber', 'skn', 'name', 'leaveFrom', 'leaveUntil'],
    never: [...NOT_VICTIMS, 'institution'],
    check: (c) => assert.equal(c.caseNumber, '13/123456-24'),
  },
  {
    type: 'vrijlating-gepland',
    box: 'victims',
    sector: 'GW',
    event: { releaseDate: '2025-08-01' },
    has: ['victimReference', 'caseNumber', 'releaseDate'],
    never: NOT_VICTIMS,
  },
  {
    type: 'vrijlating',
    box: 'victims',
    sector: 'JJI',
    event: { releaseDate: '2025-08-01' },
    has: ['victimReference', 'caseNumber', 'releaseDate'],
    never: NOT_VICTIMS,
  },
  {
    type: 'ontvluchting',
    box: 'victims',
    sector: 'GW',
    has: ['victimReference', 'caseNumber', 'skn'],
    never: NOT_VICTIMS,
  },
  {
    type: 'terugkeer',
    box: 'victims',
    sector: 'GW',
    has: ['victimReference', 'caseNumber', 'name'],
    never: NOT_VICTIMS,
  },
  {
    type: 'voorwaardelijke-beeindiging',
    box: 'victims',
    sector: 'TBS',
    event: { terminationDate: '2025-09-01' },
    has: ['victimReference', 'caseNumber', 'terminationDate'],
    never: NOT_VICTIMS,
  },
];

function pickAddress(a: BrpAddress) {
  return {
    street: a.street,
    houseNumber: a.houseNumber,
    postalCode: a.postalCode,
    city: a.city,
    municipalityCode: a.municipalityCode,
  };
}

function contentFor(row: Row): NoticeContent {
  const { box } = row;
  const notice: StoredNotice = {
    id: 1,
    eventLogId: 10,
    skn: '10000002',
    box,
    type: row.type,
    recipient: box === 'victims' ? 'CJIB-IDV' : 'GM0363',
    routingException: null,
    victimReference: box === 'victims' ? 'IDV-2025-0001' : null,
    legalBasis: 'x',
    ruleSet: 'bij-18b-2023',
    createdAt: new Date('2025-06-10T08:00:00Z'),
    status: 'delivered',
    forwardedFrom: null,
    supersedes: null,
    late: false,
  };
  const sources: NoticeSources = {
    event: { institution: institutionOf(row.sector).code, ...row.event },
    occurredAt: new Date('2025-06-10T08:00:00Z'),
    person: { bsn: '111222333', surname: 'Jansen', givenNames: 'Piet', birthDate: '1990-04-01' },
    episode: {
      admittedOn: '2024-01-10',
      plannedEndDate: '2027-01-10',
      releasedOn: null,
      offences: [],
      titles: row.titles ?? [title()],
    },
    addresses: [HOME],
    victimCaseNumber: box === 'victims' ? '13/123456-24' : null,
  };
  return contentOf(notice, sources, catalog);
}

describe('contentOf: the fields of each notice type', () => {
  it('has a row for every notice type', () => {
    assert.deepEqual(new Set(ROWS.map((r) => r.type)), new Set(Object.keys(FIELD_LISTS)));
  });

  for (const row of ROWS) {
    it(`${row.type} (${row.sector}) carries ${row.has.join(', ')} and never ${row.never.join(', ')}`, () => {
      const content = contentFor(row);
      for (const f of row.has) assert.ok(f in content, `${row.type} lacks ${f}`);
      for (const f of row.never) assert.equal(f in content, false, `${row.type} carries ${f}`);
      for (const f of Object.keys(content)) {
        assert.ok(FIELD_LISTS[row.type].includes(f as NoticeField), `${row.type}: ${f} is not in its list`);
      }
      row.check?.(content);
    });
  }

  it('no BIJ, 18b or victims field list holds the BSN', () => {
    for (const [type, fields] of Object.entries(FIELD_LISTS)) {
      if (
        [
          'inschrijving',
          'wijziging-einddatum',
          'overplaatsing',
          'deelbaar-dr-plan',
          'einde-detentie',
        ].includes(type)
      )
        continue;
      assert.equal(fields.includes('bsn'), false, type);
    }
    assert.ok(NOTICE_FIELDS.every((f) => f !== ('drInformationConsent' as NoticeField)));
  });
});

describe('contentOf: the titles behind a BIJ notice', () => {
  const row = (titles: TitleVersion[]): Row => ({
    type: 'pi-beeindiging',
    box: 'bij',
    sector: 'GW',
    titles,
    event: { releaseDate: '2025-08-01' },
    has: [],
    never: [],
  });

  it('names the categories of the irrevocable sentences in force, not of pre-trial detention in another case', () => {
    const c = contentFor(
      row([
        title({ offences: ['Sr 242'] }),
        title({
          caseNumber: '13/999999-25',
          kind: 'pre-trial',
          irrevocable: false,
          offences: ['Sr 287'],
          sentenceDays: null,
        }),
      ]),
    );
    assert.deepEqual(c.offenceCategories, ['sexual']);
    assert.deepEqual(c.sanctions, [{ kind: 'prison-sentence', sentenceDays: 1460 }]);
  });

  it('reads the titles in force on the event date: a sentence that ended before it says nothing', () => {
    const c = contentFor(
      row([
        title({ offences: ['Sr 287'], until: '2025-01-01' }),
        title({ caseNumber: '13/2', offences: ['Sr 242'], sentenceDays: 900, from: '2025-01-01' }),
      ]),
    );
    assert.deepEqual(c.offenceCategories, ['sexual']);
    assert.deepEqual(c.sanctions, [{ kind: 'prison-sentence', sentenceDays: 900 }]);
  });

  it('reads each title by the numbering in force when it was set: Sr 240b of 2023 and Sr 243 of 2025 are both sexual', () => {
    const c = contentFor(
      row([
        title({ offences: ['Sr 240b'], from: '2023-05-01' }),
        title({ caseNumber: '13/2', offences: ['Sr 243'], from: '2025-02-01' }),
      ]),
    );
    assert.deepEqual(c.offenceCategories, ['sexual']);
  });

  it('an 18b notice names the irrevocable sanctions in force, not a case under appeal', () => {
    const c = contentFor({
      ...row([
        title({ offences: ['Sr 310'], sentenceDays: 400 }),
        title({ caseNumber: '13/2', irrevocable: false, offences: ['Sr 287'], sentenceDays: 2000 }),
      ]),
      type: '18b-melding',
    });
    assert.deepEqual(c.sanctions, [{ kind: 'prison-sentence', sentenceDays: 400 }]);
    assert.equal('offenceCategories' in c, false);
  });

  it('names no category for preparation (jo 46) or an unknown article, and never the article itself', () => {
    const c = contentFor(row([title({ offences: ['Sr 287 jo 46', 'Sr 999'] })]));
    assert.equal('offenceCategories' in c, false);
    assert.equal(JSON.stringify(c).includes('Sr '), false);
  });

  it('a leave routed by the BRP (no leave address) names only the municipality', () => {
    const c = contentFor({ ...row([title()]), type: 'pi-verlof', event: { leaveFrom: '2025-06-20' } });
    assert.deepEqual(c.routingAddress, { municipalityCode: 'GM0363', municipalityName: 'Amsterdam' });
  });
});
