/**
 * The chain extracts (`simulate --chain`) of the demo run: deterministic, in the
 * schemas of src/statistics/deliveries.ts, referentially whole, consistent with
 * the detention events of the same run, dates in order, and summed up.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasValidSknCheckDigit } from '../identity/index.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { DELIVERIES, DELIVERY_NAMES, type DeliveryName } from '../statistics/index.ts';
import { dayOf } from './calendar.ts';
import { digest, type Row, runChain } from './chain.fixtures.ts';
import { simulate } from './index.ts';

const catalog = defaultReferenceCatalog();

const demo = await runChain('demo', { preset: 'demo' });
const rows = (d: DeliveryName) => demo.files[d].rows;

describe('chain extracts: determinism', () => {
  test('the same seed and options give byte-identical delivery files', async () => {
    const again = await runChain('demo-again', { preset: 'demo' });
    for (const d of DELIVERY_NAMES) {
      assert.equal(digest(again.files[d].text), digest(demo.files[d].text), d);
    }
  });

  test('the background made in a worker thread or in this one gives the same bytes', async () => {
    const here = await runChain('demo-one-thread', { preset: 'demo' }, false);
    for (const d of DELIVERY_NAMES) {
      assert.equal(digest(here.files[d].text), digest(demo.files[d].text), d);
    }
    assert.deepEqual(here.summary, demo.summary);
  });

  test('writing the chain does not change the events', () => {
    const plain = [...simulate({ preset: 'demo' })].map((e) => `${JSON.stringify(e)}\n`).join('');
    assert.equal(digest(demo.eventText), digest(plain));
  });

  test('another seed gives other rows', async () => {
    const other = await runChain('demo-seed-2', { preset: 'demo', seed: 2, years: 1 });
    assert.notEqual(digest(other.files['om-zaken'].text), digest(demo.files['om-zaken'].text));
  });
});

describe('chain extracts: the schemas of deliveries.ts', () => {
  const offences = new Set(catalog.data.offences.map((o) => o.code));
  const municipalities = new Set(catalog.data.municipalities.map((m) => m.code));
  const DATE = /^\d{4}-\d{2}-\d{2}$/;
  const PARKETNUMMER = /^[0-9]{2}\/[0-9]{6}-[0-9]{2}$/;

  test('every file has exactly the columns of its delivery, in order', () => {
    for (const d of DELIVERY_NAMES) {
      assert.deepEqual(
        demo.files[d].header,
        DELIVERIES[d].columns.map((c) => c.name),
        d,
      );
    }
  });

  test('every value has its type, is present where required, and uses the codes allowed', () => {
    for (const d of DELIVERY_NAMES) {
      const problems: string[] = [];
      for (const [line, row] of rows(d).entries()) {
        for (const column of DELIVERIES[d].columns) {
          const value = row[column.name] ?? null;
          const where = `${d} line ${line + 2} ${column.name}=${value}`;
          if (value === null) {
            if (!column.nullable) problems.push(`${where}: required`);
            continue;
          }
          if (column.type === 'date' && !(DATE.test(value) && Number.isFinite(dayOf(value))))
            problems.push(`${where}: not a date`);
          if (column.type === 'integer' && !/^[0-9]+$/.test(value)) problems.push(`${where}: not an integer`);
          if (column.type === 'boolean' && value !== 'true' && value !== 'false')
            problems.push(`${where}: not a boolean`);
          const check = column.check;
          if (check?.kind === 'one-of' && !check.values.includes(value))
            problems.push(`${where}: not allowed`);
          if (check?.kind === 'offence' && !offences.has(value))
            problems.push(`${where}: unknown law article`);
          if (check?.kind === 'municipality' && !municipalities.has(value))
            problems.push(`${where}: unknown municipality`);
          if (check?.kind === 'skn' && !hasValidSknCheckDigit(value)) problems.push(`${where}: not an SKN`);
          if (check?.kind === 'parketnummer' && !PARKETNUMMER.test(value))
            problems.push(`${where}: not a parketnummer`);
        }
        if (problems.length > 20) break;
      }
      assert.deepEqual(problems, [], d);
    }
  });

  test('the CSV conventions hold: UTF-8 text, one header line, no stray quotes', () => {
    for (const d of DELIVERY_NAMES) {
      const text = demo.files[d].text;
      assert.ok(text.endsWith('\n'), `${d} ends with a line end`);
      assert.equal(text.split('\n').length - 2, rows(d).length, `${d}: one line per row`);
    }
  });

  test('the police file has registrations without a known suspect, the others have their suspects', () => {
    const withSuspect = new Set(rows('politie-verdachten').map((r) => r.registration_id));
    const without = rows('politie-misdrijven').filter((r) => !withSuspect.has(r.registration_id)).length;
    assert.ok(without > rows('politie-misdrijven').length / 2, `${without} registrations without a suspect`);
  });
});

describe('chain extracts: referential integrity', () => {
  const unique = (d: DeliveryName) => {
    const key = DELIVERIES[d].key;
    const seen = new Set<string>();
    for (const row of rows(d)) {
      const value = key.map((k) => row[k]).join('|');
      assert.ok(!seen.has(value), `${d}: key ${value} twice`);
      seen.add(value);
    }
    return seen;
  };

  test('the key of every delivery is unique', () => {
    for (const d of DELIVERY_NAMES) unique(d);
  });

  test('every reference of deliveries.ts points at an existing row', () => {
    for (const d of DELIVERY_NAMES) {
      for (const reference of DELIVERIES[d].references) {
        const targets = new Set(rows(reference.delivery).map((r) => r[reference.to]));
        const dangling = rows(d).filter(
          (r) => r[reference.column] !== null && !targets.has(r[reference.column] ?? ''),
        );
        assert.deepEqual(dangling.slice(0, 3), [], `${d}.${reference.column} → ${reference.delivery}`);
      }
    }
  });

  test('verdicts and executions name the suspect of their OM case; OM cases from the police, a suspect of the registration', () => {
    const omSkn = new Map(rows('om-zaken').map((r) => [r.parketnummer, r.skn]));
    for (const d of ['rechtspraak-vonnissen', 'cjib-executies'] as const) {
      for (const row of rows(d))
        assert.equal(row.skn, omSkn.get(row.parketnummer), `${d} ${row.parketnummer}`);
    }
    const suspects = new Set(rows('politie-verdachten').map((r) => `${r.registration_id}|${r.skn}`));
    for (const row of rows('om-zaken')) {
      if (row.registration_id !== null)
        assert.ok(suspects.has(`${row.registration_id}|${row.skn}`), `om-zaken ${row.parketnummer}`);
    }
  });

  test('verdicts come from summoned cases; OM penalty orders are executed only where the OM gave one', () => {
    const om = new Map(rows('om-zaken').map((r) => [r.parketnummer, r]));
    for (const row of rows('rechtspraak-vonnissen')) {
      assert.equal(om.get(row.parketnummer)?.decision, 'summons', row.parketnummer ?? '');
    }
    for (const row of rows('cjib-executies')) {
      if (row.sanction === 'om-penalty-order')
        assert.equal(om.get(row.parketnummer)?.decision, 'om-penalty-order', row.parketnummer ?? '');
    }
  });
});

describe('chain extracts: the same persons and cases as the detention events', () => {
  const om = new Map(rows('om-zaken').map((r) => [r.parketnummer, r]));
  const verdicts = new Map(rows('rechtspraak-vonnissen').map((r) => [r.parketnummer, r]));
  const executions = new Map<string, Row[]>();
  for (const row of rows('cjib-executies')) {
    const list = executions.get(row.parketnummer ?? '') ?? [];
    list.push(row);
    executions.set(row.parketnummer ?? '', list);
  }
  const admissions = demo.events.filter((e) => e.type === 'admission');

  test('every admission has its OM case (the title’s parketnummer) with the same SKN', () => {
    assert.ok(admissions.length > 500);
    for (const a of admissions) {
      assert.equal(om.get(a.title.caseNumber)?.skn, a.skn, a.title.caseNumber);
    }
  });

  test('an admission on a sentence has its verdict: the sentence as unconditional prison, TBS or PIJ', () => {
    let checked = 0;
    for (const a of admissions) {
      const verdict = verdicts.get(a.title.caseNumber);
      const kind = a.title.kind;
      if (kind === 'pre-trial' || kind === 'substitute-detention') continue;
      assert.ok(verdict, `no verdict for ${a.title.caseNumber} (${kind})`);
      assert.equal(verdict.outcome, 'conviction');
      if (kind === 'tbs-dwangverpleging') assert.equal(verdict.tbs, 'true');
      else if (kind === 'pij') assert.equal(verdict.pij, 'true');
      else {
        const unconditional = Number(verdict.prison_days) - Number(verdict.prison_conditional_days);
        assert.equal(unconditional, a.title.sentenceDays, a.title.caseNumber);
      }
      assert.ok(
        (verdict.verdict_on ?? '') < a.occurredAt.slice(0, 10),
        `verdict before admission ${a.title.caseNumber}`,
      );
      if (a.title.irrevocable)
        assert.ok((verdict.irrevocable_on ?? '9') <= a.occurredAt.slice(0, 10), a.title.caseNumber);
      checked++;
    }
    assert.ok(checked > 200, `${checked} sentences`);
  });

  test('detention is executed from admission to release; substitute detention ends an unpaid fine', () => {
    const releases = new Map<string, string>();
    const open = new Map<string, string>();
    /** Prison parts that went on in a TBS clinic: the case and the day of the transfer. */
    const toClinic: [string, string][] = [];
    for (const e of demo.events) {
      if (e.type === 'admission') open.set(e.skn, e.title.caseNumber);
      const caseNumber = open.get(e.skn);
      if (e.type === 'transfer' && e.source === 'TULP-GW' && caseNumber !== undefined) {
        if (catalog.institution(e.toInstitution)?.sector === 'TBS') {
          // The prison part ends at the transfer to the clinic; the TBS part goes on to the release.
          const day = e.occurredAt.slice(0, 10);
          releases.set(`${caseNumber}|${e.source}`, day);
          toClinic.push([caseNumber, day]);
          open.delete(e.skn);
        }
      }
      if (e.type === 'release') {
        const caseNumber = open.get(e.skn);
        if (caseNumber !== undefined) releases.set(`${caseNumber}|${e.source}`, e.releaseDate);
        open.delete(e.skn);
      }
    }
    for (const a of admissions) {
      const kind = a.title.kind;
      const list = executions.get(a.title.caseNumber) ?? [];
      const day = a.occurredAt.slice(0, 10);
      const sanction =
        kind === 'tbs-dwangverpleging'
          ? 'tbs'
          : kind === 'pij'
            ? 'pij'
            : kind === 'prison-sentence'
              ? 'prison'
              : undefined;
      if (sanction !== undefined) {
        const e = list.find((x) => x.sanction === sanction && x.started_on === day);
        assert.ok(e, `${a.title.caseNumber}: no ${sanction} execution from ${day}`);
        const released = releases.get(`${a.title.caseNumber}|${a.source}`);
        assert.equal(e.ended_on, released ?? null, `${a.title.caseNumber}: end of ${sanction}`);
      }
      if (kind === 'substitute-detention') {
        const fine = list.find((x) => x.sanction === 'fine' || x.sanction === 'om-penalty-order');
        assert.ok(fine, `${a.title.caseNumber}: no fine`);
        assert.ok(Number(fine.amount_paid_eur) < Number(fine.amount_due_eur), a.title.caseNumber);
        assert.ok((fine.started_on ?? '') < day);
      }
    }
    assert.ok(toClinic.length > 0, 'prison parts followed by TBS');
    for (const [caseNumber, day] of toClinic) {
      const list = executions.get(caseNumber) ?? [];
      assert.ok(
        list.some((x) => x.sanction === 'tbs' && x.started_on === day),
        `${caseNumber}: no TBS execution from ${day}`,
      );
    }
  });

  test('the suspect of a detention case is the detained person: SKN, BSN, surname, birth date and sex', () => {
    const persons = new Map(demo.events.filter((e) => e.type === 'person-registered').map((e) => [e.skn, e]));
    const suspects = new Map(rows('politie-verdachten').map((r) => [`${r.registration_id}|${r.skn}`, r]));
    for (const a of admissions) {
      const c = om.get(a.title.caseNumber);
      const suspect = suspects.get(`${c?.registration_id}|${a.skn}`);
      const person = persons.get(a.skn);
      assert.ok(suspect && person, a.title.caseNumber);
      assert.equal(suspect.bsn, person.bsn ?? null);
      assert.equal(suspect.surname, person.surname);
      assert.equal(suspect.birth_date, person.birthDate);
      assert.equal(suspect.sex, person.gender);
      assert.equal(c?.law_article, a.title.offences[0]);
    }
  });

  test('background suspects have SKNs of their own, apart from the detention persons', () => {
    const detained = new Set(demo.events.filter((e) => e.type === 'person-registered').map((e) => e.skn));
    const others = new Set(
      rows('politie-verdachten')
        .map((r) => r.skn ?? '')
        .filter((skn) => !detained.has(skn)),
    );
    assert.ok(others.size > 3 * detained.size, `${others.size} others`);
    for (const skn of others) assert.ok(Number(skn.slice(0, -1)) >= 6_000_000, skn);
    // Some detention persons offend again outside detention.
    const returning = rows('politie-verdachten').filter((r) => detained.has(r.skn ?? '')).length;
    assert.ok(returning > admissions.length, `${returning} suspect rows of detention persons`);
  });
});

describe('chain extracts: dates in order, nothing after the end of the period', () => {
  const to = demo.options.to;
  const registrations = new Map(rows('politie-misdrijven').map((r) => [r.registration_id, r]));
  const om = new Map(rows('om-zaken').map((r) => [r.parketnummer, r]));
  const verdicts = new Map(rows('rechtspraak-vonnissen').map((r) => [r.parketnummer, r]));

  test('no fact is dated on or after the end of the period', () => {
    for (const d of DELIVERY_NAMES) {
      const dates = DELIVERIES[d].columns.filter((c) => c.type === 'date' && c.name !== 'birth_date');
      for (const row of rows(d)) {
        for (const c of dates) {
          const value = row[c.name];
          if (value !== null && value !== undefined) assert.ok(value < to, `${d}.${c.name} ${value}`);
        }
      }
    }
  });

  test('committed ≤ registered ≤ identified; registered < inflow < decision < verdict < irrevocable', () => {
    for (const r of rows('politie-misdrijven')) {
      if (r.committed_on !== null)
        assert.ok((r.committed_on ?? '') <= (r.registered_on ?? ''), r.registration_id ?? '');
    }
    for (const s of rows('politie-verdachten')) {
      assert.ok((registrations.get(s.registration_id)?.registered_on ?? '') <= (s.identified_on ?? ''));
    }
    for (const c of rows('om-zaken')) {
      if (c.registration_id !== null) {
        assert.ok(
          (registrations.get(c.registration_id)?.registered_on ?? '') < (c.inflow_on ?? ''),
          c.parketnummer ?? '',
        );
      }
      assert.equal(c.decision === null, c.decision_on === null);
      if (c.decision_on) assert.ok((c.inflow_on ?? '') < c.decision_on, c.parketnummer ?? '');
      assert.equal(
        c.inflow_on?.slice(2, 4),
        c.parketnummer?.slice(-2),
        `${c.parketnummer}: the year of the case`,
      );
    }
    for (const v of rows('rechtspraak-vonnissen')) {
      assert.ok((om.get(v.parketnummer)?.decision_on ?? '') < (v.verdict_on ?? ''), v.parketnummer ?? '');
      if (v.irrevocable_on) assert.ok((v.verdict_on ?? '') < v.irrevocable_on, v.parketnummer ?? '');
    }
  });

  test('executions start after what they execute (detention: at admission) and end after they start', () => {
    for (const e of rows('cjib-executies')) {
      if (e.ended_on) assert.ok((e.started_on ?? '') <= e.ended_on, e.parketnummer ?? '');
      if (e.sanction === 'fine' || e.sanction === 'community-service') {
        const verdict = verdicts.get(e.parketnummer);
        assert.ok(
          verdict?.irrevocable_on && verdict.irrevocable_on < (e.started_on ?? ''),
          e.parketnummer ?? '',
        );
      }
      if (e.sanction === 'om-penalty-order') {
        assert.ok((om.get(e.parketnummer)?.decision_on ?? '') < (e.started_on ?? ''), e.parketnummer ?? '');
      }
      if (e.amount_due_eur !== null) assert.ok(Number(e.amount_paid_eur) <= Number(e.amount_due_eur));
    }
  });
});

describe('chain extracts: the summary', () => {
  test('counts every row of every file, by year', () => {
    for (const d of DELIVERY_NAMES) {
      assert.equal(demo.summary.rows[d], rows(d).length, d);
      const byYear = Object.values(demo.summary.years).reduce((sum, y) => sum + y.rows[d], 0);
      assert.equal(byYear, rows(d).length, d);
    }
  });
});
