/**
 * das build: deliveries and the detention event log in, a release out. The
 * release is reproducible, holds no direct identifier, links the sources,
 * cannot be linked to another release, and a rejected delivery publishes
 * nothing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { type BuildOptions, buildRelease, currentRelease } from '../src/statistics/build.ts';
import { literal, openDuck } from '../src/statistics/duck.ts';
import { pseudonym, releaseKey } from '../src/statistics/secure.ts';
import { FIXTURE_ROWS, writeDeliveries } from './fixtures/deliveries.ts';

const KEY = 'das-test-key-0123456789abcdef0123456789';
const catalog = defaultReferenceCatalog();

/**
 * The detention events of the fixture's convicted person: registered, admitted in pre-trial
 * detention for case 13/000001-23, sentenced in that case (contract 1.1: a title-changed), released.
 */
function writeEvents(dir: string): string {
  const file = path.join(dir, 'events.jsonl');
  const events = [
    {
      eventId: 'e1',
      source: 'SKDB',
      type: 'person-registered',
      occurredAt: '2023-01-01T10:00:00+01:00',
      skn: '10000004',
      bsn: '123456782',
      surname: 'Jansen',
      givenNames: 'Jan',
      birthDate: '1990-05-01',
      gender: 'M',
    },
    {
      eventId: 'e2',
      source: 'SKDB',
      type: 'address-registered',
      occurredAt: '2023-01-01T10:00:00+01:00',
      skn: '10000004',
      validFrom: '2020-01-01',
      municipalityCode: 'GM0363',
      street: 'Damstraat',
      houseNumber: '1',
      postalCode: '1011AB',
      city: 'Amsterdam',
    },
    {
      eventId: 'e3',
      source: 'TULP-GW',
      type: 'admission',
      occurredAt: '2023-10-01T10:00:00+02:00',
      skn: '10000004',
      institution: 'PI-VUGHT',
      title: { kind: 'pre-trial', caseNumber: '13/000001-23', offences: ['Sr 310'] },
    },
    {
      eventId: 'e3b',
      source: 'TULP-GW',
      type: 'title-changed',
      occurredAt: '2023-11-15T10:00:00+01:00',
      skn: '10000004',
      institution: 'PI-VUGHT',
      caseNumber: '13/000001-23',
      title: { kind: 'prison-sentence', irrevocable: true, offences: ['Sr 310'], sentenceDays: 90 },
    },
    {
      eventId: 'e4',
      source: 'TULP-GW',
      type: 'release',
      occurredAt: '2024-01-01T10:00:00+01:00',
      skn: '10000004',
      institution: 'PI-VUGHT',
      releaseDate: '2024-01-01',
    },
  ];
  fs.writeFileSync(file, `${events.map((e) => JSON.stringify(e)).join('\n')}\n`);
  return file;
}

describe('das build', () => {
  const temp: string[] = [];
  const folder = (prefix: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temp.push(dir);
    return dir;
  };
  let deliveries: string;
  let events: string;
  const options = (out: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({
    deliveries,
    events,
    key: KEY,
    release: '2026-11',
    out,
    catalog,
    threads: 2,
    ...extra,
  });
  const files = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
      .sort();

  before(() => {
    deliveries = writeDeliveries();
    temp.push(deliveries);
    events = writeEvents(folder('ketenzicht-events-'));
  });
  after(() => {
    for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the four products and the microdata, and points current at the release', async () => {
    const out = folder('ketenzicht-das-');
    const result = await buildRelease(options(out));
    assert.ok(result.ok);
    assert.deepEqual(
      result.tables.map((t) => t.id),
      ['misdrijven', 'ketenstroom', 'recidive', 'detentie'],
    );
    assert.deepEqual(result.microdata, {
      crimes: 3,
      suspects: 2,
      cases: 2,
      verdicts: 1,
      executions: 2,
      detentions: 1,
    });
    assert.equal(currentRelease(out), path.join(out, 'published', '2026-11'));
    const catalogJson = JSON.parse(
      fs.readFileSync(path.join(out, 'published', '2026-11', 'catalog.json'), 'utf8'),
    );
    assert.equal(catalogJson.release, '2026-11');
    const meta = JSON.parse(
      fs.readFileSync(path.join(out, 'published', '2026-11', 'ketenstroom.json'), 'utf8'),
    );
    assert.equal(meta.licence, 'CC BY 4.0');
    assert.deepEqual(
      meta.dimensions.map((d: { id: string }) => d.id),
      ['fase', 'jaar', 'regio', 'delictgroep'],
    );
  });

  it('writes the same files, byte for byte, from the same inputs and key', async () => {
    const a = folder('ketenzicht-das-a-');
    const b = folder('ketenzicht-das-b-');
    assert.ok((await buildRelease(options(a))).ok);
    assert.ok((await buildRelease(options(b))).ok);
    assert.deepEqual(files(a), files(b));
    for (const file of files(a))
      assert.ok(
        fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file))),
        `${file} differs`,
      );
  });

  it('keeps no direct identifier: no SKN, BSN, name, postal code, birth date, parketnummer or registration number', async () => {
    const out = folder('ketenzicht-das-');
    assert.ok((await buildRelease(options(out))).ok);
    const identifiers = [
      ...FIXTURE_ROWS['politie-verdachten'].flatMap((r) => [
        r.skn,
        r.bsn,
        r.surname,
        r.postal_code,
        r.birth_date,
      ]),
      ...FIXTURE_ROWS['om-zaken'].map((r) => r.parketnummer),
      ...FIXTURE_ROWS['politie-misdrijven'].map((r) => r.registration_id),
      'Damstraat',
    ].filter((v): v is string => typeof v === 'string');
    const duck = await openDuck();
    try {
      for (const file of files(out).filter((f) => f.endsWith('.parquet'))) {
        const rows = await duck.rows<Record<string, unknown>>(
          `SELECT * FROM read_parquet(${literal(path.join(out, file))})`,
        );
        const text = JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
        for (const id of identifiers) assert.ok(!text.includes(`"${id}"`), `${id} found in ${file}`);
      }
    } finally {
      duck.close();
    }
    for (const file of files(out).filter((f) => f.endsWith('.json'))) {
      const text = fs.readFileSync(path.join(out, file), 'utf8');
      assert.ok(!text.includes(KEY), `the key is in ${file}`);
      for (const id of identifiers) assert.ok(!text.includes(id), `${id} found in ${file}`);
    }
  });

  it('links the sources on pseudonyms: the crime, the case, the verdict, the execution and the detention of one person', async () => {
    const out = folder('ketenzicht-das-');
    assert.ok((await buildRelease(options(out))).ok);
    const key = releaseKey(KEY, '2026-11');
    const person = pseudonym(key, 'p', '10000004');
    const caseId = pseudonym(key, 'c', '13/000001-23');
    const secure = path.join(out, 'secure', '2026-11');
    const duck = await openDuck();
    try {
      const q = async (table: string, where: string) =>
        duck.rows<Record<string, unknown>>(
          `SELECT * FROM read_parquet(${literal(path.join(secure, `${table}.parquet`))}) WHERE ${where}`,
        );
      const [c] = await q('cases', `case_id = ${literal(caseId)}`);
      assert.equal(c?.person_id, person);
      assert.equal(c?.crime_id, pseudonym(key, 'r', 'PL-1'));
      assert.equal(c?.scm_group, '1', 'Sr 310 is property crime (SCM 1)');
      assert.equal(c?.age_band, '25-34');
      assert.equal(c?.region, 'noord-holland');
      assert.equal((await q('verdicts', `case_id = ${literal(caseId)}`)).length, 1);
      assert.equal(
        (await q('executions', `case_id = ${literal(caseId)} AND person_id = ${literal(person)}`)).length,
        1,
      );
      const [d] = await q('detentions', `person_id = ${literal(person)}`);
      assert.equal(d?.case_id, caseId);
      assert.equal(d?.sector, 'GW');
      assert.equal(
        d?.title_kind,
        'prison-sentence',
        'the title the detention ended under, not the pre-trial one',
      );
    } finally {
      duck.close();
    }
  });

  it('gives another release other pseudonyms, so releases cannot be linked', async () => {
    const a = folder('ketenzicht-das-');
    assert.ok((await buildRelease(options(a, { release: '2026-11' }))).ok);
    assert.ok((await buildRelease(options(a, { release: '2026-12' }))).ok);
    const duck = await openDuck();
    try {
      const ids = async (release: string) =>
        (
          await duck.rows<{ person_id: string }>(
            `SELECT person_id FROM read_parquet(${literal(path.join(a, 'secure', release, 'cases.parquet'))})`,
          )
        ).map((r) => r.person_id);
      const first = await ids('2026-11');
      const second = await ids('2026-12');
      assert.equal(first.length, 2);
      assert.deepEqual(
        first.filter((id) => second.includes(id)),
        [],
      );
    } finally {
      duck.close();
    }
    assert.equal(currentRelease(a), path.join(a, 'published', '2026-12'));
  });

  it('rejects a bad delivery with a report, writes nothing, and keeps the published release as it was', async () => {
    const out = folder('ketenzicht-das-');
    assert.ok((await buildRelease(options(out, { release: 'good' }))).ok);
    const before = files(out);
    const bad = writeDeliveries({
      'om-zaken': FIXTURE_ROWS['om-zaken'].map((r, i) => (i === 1 ? { ...r, law_article: 'Sr 0' } : r)),
    });
    temp.push(bad);
    const result = await buildRelease(options(out, { release: 'bad', deliveries: bad }));
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(
        result.report.problems.map((p) => [p.file, p.line, p.column, p.rule]),
        [['om-zaken.csv', 3, 'law_article', 'unknown-code']],
      );
    assert.deepEqual(files(out), before);
    assert.equal(currentRelease(out), path.join(out, 'published', 'good'));
  });

  it('refuses a release name that is not a plain name', async () => {
    await assert.rejects(
      buildRelease(options(folder('ketenzicht-das-'), { release: '../escape' })),
      /not a release name/,
    );
  });
});
