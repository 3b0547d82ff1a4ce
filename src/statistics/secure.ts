/**
 * The secure environment's microdata: the deliveries and the detention event
 * log, linked and stripped of direct identifiers (seed 004). SKNs,
 * parketnummers and police registration numbers become keyed pseudonyms:
 * HMAC-SHA256 under a key for this release only, derived from the
 * configured key, which is never written anywhere, so two releases cannot be
 * linked to each other and nobody with the files alone can go back. BSNs,
 * names and postal codes are not taken over; birth dates become the age band
 * at the time of the fact, addresses the municipality and its province.
 * Offences are classified by the CBS Standaardclassificatie Misdrijven main
 * group of their law article. Every record gets a record key for the cell
 * key method (disclosure.ts).
 */
import { createHmac, hkdfSync } from 'node:crypto';
import { type Duck, literal } from './duck.ts';

/** The microdata tables of a release, in the order they are made. */
export const MICRODATA = ['crimes', 'suspects', 'cases', 'verdicts', 'executions', 'detentions'] as const;
export type MicrodataTable = (typeof MICRODATA)[number];

/** The key of one release: the configured key stretched with the release's name (HKDF-SHA256). */
export function releaseKey(configuredKey: string, release: string): Buffer {
  return Buffer.from(hkdfSync('sha256', configuredKey, 'ketenzicht-das-release', release, 32));
}

/** The pseudonym of `value` in a release, as the SQL macro computes it (for tests and audits). */
export function pseudonym(key: Buffer, kind: 'p' | 'c' | 'r', value: string): string {
  return createHmac('sha256', key).update(`${kind}:${value}`).digest('hex').slice(0, 32);
}

/**
 * HMAC-SHA256 as an SQL macro over DuckDB's sha256, so millions of values
 * are keyed in parallel inside the engine: H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)).
 * It lives only in this in-memory database.
 */
async function defineKeyedHashes(duck: Duck, key: Buffer): Promise<void> {
  const padded = Buffer.concat([key, Buffer.alloc(64 - key.length)]);
  const pad = (byte: number) => Buffer.from(padded.map((b) => b ^ byte)).toString('hex');
  await duck.run(
    `CREATE OR REPLACE TEMP MACRO kz_hmac(m) AS
       sha256(unhex('${pad(0x5c)}') || unhex(sha256(unhex('${pad(0x36)}') || encode(m))))`,
  );
  // A record key, uniform on [0, 1), from 52 bits of DuckDB's hash of the record's pseudonyms: as secret as they are.
  await duck.run('CREATE OR REPLACE TEMP MACRO rkey(v) AS (hash(v) >> 12)::DOUBLE / 4503599627370496.0');
}

/** Age bands at the time of the fact (CBS and WODC use the same cuts). */
export const AGE_BANDS = ['12-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export const UNKNOWN = 'onbekend';

async function defineClassifications(duck: Duck): Promise<void> {
  await duck.run(
    `CREATE OR REPLACE TEMP MACRO age_band(birth, on_day) AS
       CASE WHEN birth IS NULL OR on_day IS NULL THEN '${UNKNOWN}'
            ELSE (WITH a AS (SELECT date_part('year', age(on_day, birth)) AS y)
                  SELECT CASE WHEN y < 12 THEN '${UNKNOWN}' WHEN y < 18 THEN '12-17' WHEN y < 25 THEN '18-24'
                              WHEN y < 35 THEN '25-34' WHEN y < 45 THEN '35-44' WHEN y < 55 THEN '45-54'
                              WHEN y < 65 THEN '55-64' ELSE '65+' END FROM a) END`,
  );
  await duck.run(
    'CREATE OR REPLACE TEMP TABLE region_of AS SELECT code, first(region) AS region FROM ref_municipalities GROUP BY code',
  );
}

/** The detention events the environment uses, read from a JSONL file of the inbound contract. */
async function loadEvents(duck: Duck, eventsFile: string): Promise<void> {
  await duck.run(
    `CREATE OR REPLACE TABLE raw_events AS
     SELECT DISTINCT ON (source, "eventId") *
     FROM read_json(${literal(eventsFile)}, format = 'newline_delimited', ignore_errors = true,
       columns = {eventId: 'VARCHAR', source: 'VARCHAR', type: 'VARCHAR', occurredAt: 'VARCHAR', skn: 'VARCHAR',
                  birthDate: 'VARCHAR', gender: 'VARCHAR', validFrom: 'VARCHAR', municipalityCode: 'VARCHAR',
                  institution: 'VARCHAR', releaseDate: 'VARCHAR', caseNumber: 'VARCHAR',
                  title: 'STRUCT(kind VARCHAR, caseNumber VARCHAR, offences VARCHAR[], sentenceDays INTEGER)'})
     WHERE type IN ('person-registered', 'address-registered', 'admission', 'release', 'title-added', 'title-changed')
       AND skn IS NOT NULL AND occurredAt IS NOT NULL`,
  );
}

/**
 * Builds the microdata tables (m_<name>) from the loaded deliveries
 * (raw_<delivery>) and the events file, keyed with `key`.
 */
export async function buildMicrodata(
  duck: Duck,
  options: { key: Buffer; eventsFile?: string },
): Promise<void> {
  await defineKeyedHashes(duck, options.key);
  await defineClassifications(duck);
  if (options.eventsFile) await loadEvents(duck, options.eventsFile);
  else
    await duck.run(
      `CREATE OR REPLACE TABLE raw_events (source VARCHAR, "eventId" VARCHAR, type VARCHAR, "occurredAt" VARCHAR, skn VARCHAR,
         "birthDate" VARCHAR, gender VARCHAR, "validFrom" VARCHAR, "municipalityCode" VARCHAR, institution VARCHAR,
         "releaseDate" VARCHAR, "caseNumber" VARCHAR,
         title STRUCT(kind VARCHAR, "caseNumber" VARCHAR, offences VARCHAR[], "sentenceDays" INTEGER))`,
    );

  // Who a person is, as far as the environment may know: birth date and sex, from any source (latest wins).
  await duck.run(
    `CREATE OR REPLACE TEMP TABLE person_facts AS
     SELECT skn, arg_max(birth_date, seen) AS birth_date, arg_max(sex, seen) AS sex FROM (
       SELECT skn, TRY_CAST(birth_date AS DATE) AS birth_date, sex, TRY_CAST(identified_on AS DATE) AS seen FROM "raw_politie-verdachten"
       UNION ALL SELECT skn, TRY_CAST(birth_date AS DATE), sex, TRY_CAST(inflow_on AS DATE) FROM "raw_om-zaken"
       UNION ALL SELECT skn, TRY_CAST("birthDate" AS DATE), gender, TRY_CAST(substr("occurredAt", 1, 10) AS DATE)
                 FROM raw_events WHERE type = 'person-registered'
     ) WHERE birth_date IS NOT NULL OR sex IS NOT NULL GROUP BY skn`,
  );

  // Each identifier is keyed once (the expensive part), then joined wherever it occurs.
  // Pseudonyms: 128 bits of HMAC-SHA256, hex; a kind prefix keeps persons, cases and registrations apart.
  const map = (table: string, kind: string, sources: string[]) =>
    duck.run(
      `CREATE OR REPLACE TEMP TABLE ${table} AS
       SELECT v, left(kz_hmac('${kind}:' || v), 32) AS pseudonym
       FROM (${sources.join(' UNION ')}) AS s(v) WHERE v IS NOT NULL`,
    );
  await map('map_person', 'p', [
    'SELECT skn FROM "raw_politie-verdachten"',
    'SELECT skn FROM "raw_om-zaken"',
    'SELECT skn FROM "raw_rechtspraak-vonnissen"',
    'SELECT skn FROM "raw_cjib-executies"',
    "SELECT skn FROM raw_events WHERE type = 'admission'",
  ]);
  await map('map_case', 'c', [
    'SELECT parketnummer FROM "raw_om-zaken"',
    `SELECT coalesce("caseNumber", title."caseNumber") FROM raw_events WHERE type IN ('admission', 'title-added', 'title-changed')`,
  ]);
  await map('map_crime', 'r', ['SELECT registration_id FROM "raw_politie-misdrijven"']);

  await duck.run(
    `CREATE OR REPLACE TABLE m_crimes AS
     SELECT k.pseudonym AS crime_id, c.registered_on::DATE AS registered_on,
            o.scm_group, o.category, c.crime_municipality AS municipality, coalesce(r.region, '${UNKNOWN}') AS region,
            rkey('crime:' || k.pseudonym) AS rkey
     FROM "raw_politie-misdrijven" c JOIN ref_offences o ON o.code = c.law_article
     JOIN map_crime k ON k.v = c.registration_id
     LEFT JOIN region_of r ON r.code = c.crime_municipality
     ORDER BY crime_id`,
  );
  await duck.run(
    `CREATE OR REPLACE TABLE m_suspects AS
     SELECT k.pseudonym AS crime_id, p.pseudonym AS person_id, s.identified_on::DATE AS identified_on,
            age_band(s.birth_date::DATE, s.identified_on::DATE) AS age_band, coalesce(s.sex, '${UNKNOWN}') AS sex,
            coalesce(r.region, '${UNKNOWN}') AS residence_region,
            rkey('suspect:' || k.pseudonym || ':' || p.pseudonym) AS rkey
     FROM "raw_politie-verdachten" s
     JOIN map_crime k ON k.v = s.registration_id JOIN map_person p ON p.v = s.skn
     LEFT JOIN region_of r ON r.code = s.residence_municipality
     ORDER BY crime_id, person_id`,
  );
  await duck.run(
    `CREATE OR REPLACE TABLE m_cases AS
     WITH suspected AS (
       SELECT registration_id, skn, min(identified_on::DATE) AS suspect_on FROM "raw_politie-verdachten" GROUP BY ALL),
     crime_region AS (
       SELECT c.registration_id, r.region FROM "raw_politie-misdrijven" c LEFT JOIN region_of r ON r.code = c.crime_municipality)
     SELECT c.pseudonym AS case_id, p.pseudonym AS person_id, k.pseudonym AS crime_id,
            z.inflow_on::DATE AS inflow_on, z.decision, z.decision_on::DATE AS decision_on, s.suspect_on,
            o.scm_group, o.category,
            age_band(z.birth_date::DATE, z.inflow_on::DATE) AS age_band, coalesce(z.sex, '${UNKNOWN}') AS sex,
            -- Where: the crime's municipality when the case came from a police registration, else the residence.
            coalesce(cr.region, h.region, '${UNKNOWN}') AS region,
            rkey('case:' || c.pseudonym) AS rkey
     FROM "raw_om-zaken" z JOIN ref_offences o ON o.code = z.law_article
     JOIN map_case c ON c.v = z.parketnummer JOIN map_person p ON p.v = z.skn
     LEFT JOIN map_crime k ON k.v = z.registration_id
     LEFT JOIN suspected s ON s.registration_id = z.registration_id AND s.skn = z.skn
     LEFT JOIN crime_region cr ON cr.registration_id = z.registration_id
     LEFT JOIN region_of h ON h.code = z.residence_municipality
     ORDER BY case_id`,
  );
  await duck.run(
    `CREATE OR REPLACE TABLE m_verdicts AS
     SELECT c.pseudonym AS case_id, p.pseudonym AS person_id, v.verdict_on::DATE AS verdict_on, v.outcome,
            v.prison_days::INTEGER AS prison_days, v.prison_conditional_days::INTEGER AS prison_conditional_days,
            v.community_service_hours::INTEGER AS community_service_hours, v.fine_eur::INTEGER AS fine_eur,
            lower(v.tbs) = 'true' AS tbs, lower(v.pij) = 'true' AS pij, v.irrevocable_on::DATE AS irrevocable_on,
            rkey('verdict:' || c.pseudonym) AS rkey
     FROM "raw_rechtspraak-vonnissen" v JOIN map_case c ON c.v = v.parketnummer JOIN map_person p ON p.v = v.skn
     ORDER BY case_id`,
  );
  await duck.run(
    `CREATE OR REPLACE TABLE m_executions AS
     SELECT c.pseudonym AS case_id, p.pseudonym AS person_id, e.sanction, e.started_on::DATE AS started_on,
            e.ended_on::DATE AS ended_on, e.amount_due_eur::INTEGER AS amount_due_eur,
            e.amount_paid_eur::INTEGER AS amount_paid_eur,
            rkey('execution:' || c.pseudonym || ':' || e.sanction) AS rkey
     FROM "raw_cjib-executies" e JOIN map_case c ON c.v = e.parketnummer JOIN map_person p ON p.v = e.skn
     ORDER BY case_id, sanction`,
  );
  // Detention: each admission with the first release after it (a person is in one episode at a time),
  // and the last BRP address known on the day of admission. The title is the last one set before the
  // release (contract 1.1: most sentences start as pre-trial detention and become a sentence by a
  // title-changed), so a detention counts as a prison sentence when it ended as one.
  await duck.run(
    `CREATE OR REPLACE TABLE m_detentions AS
     WITH moves AS (
       SELECT DISTINCT skn, type, substr("occurredAt", 1, 10)::DATE AS day,
              CASE WHEN type = 'release' THEN TRY_CAST("releaseDate" AS DATE) END AS release_day,
              institution, title.kind AS title_kind, title."caseNumber" AS case_number, title.offences[1] AS offence
       FROM raw_events WHERE type IN ('admission', 'release')),
     ordered AS (
       SELECT *, lead(type) OVER w AS next_type, lead(coalesce(release_day, day)) OVER w AS next_day
       FROM moves WINDOW w AS (PARTITION BY skn ORDER BY day, type)),
     titles AS (
       SELECT skn, substr("occurredAt", 1, 10)::DATE AS day, title.kind AS title_kind,
              coalesce("caseNumber", title."caseNumber") AS case_number, title.offences[1] AS offence,
              -- On one day, a change follows the admission or addition it changes.
              CASE type WHEN 'title-changed' THEN 1 ELSE 0 END AS rank
       FROM raw_events WHERE type IN ('admission', 'title-added', 'title-changed')),
     last_title AS (
       SELECT a.skn, a.day, arg_max(t.title_kind, (t.day, t.rank)) AS title_kind,
              arg_max(t.case_number, (t.day, t.rank)) AS case_number, arg_max(t.offence, (t.day, t.rank)) AS offence
       FROM ordered a JOIN titles t ON t.skn = a.skn AND t.day >= a.day
            AND (a.next_type IS DISTINCT FROM 'release' OR t.day <= a.next_day)
       WHERE a.type = 'admission' GROUP BY ALL),
     homes AS (
       SELECT DISTINCT skn, TRY_CAST("validFrom" AS DATE) AS valid_from, "municipalityCode" AS municipality
       FROM raw_events WHERE type = 'address-registered' AND TRY_CAST("validFrom" AS DATE) IS NOT NULL),
     admissions AS (
       SELECT o.skn, o.day, o.next_type, o.next_day, o.institution,
              coalesce(l.title_kind, o.title_kind) AS title_kind, coalesce(l.case_number, o.case_number) AS case_number,
              coalesce(l.offence, o.offence) AS offence
       FROM ordered o LEFT JOIN last_title l ON l.skn = o.skn AND l.day = o.day WHERE o.type = 'admission')
     SELECT md5(mp.pseudonym || ':' || a.day) AS detention_id, mp.pseudonym AS person_id,
            mc.pseudonym AS case_id, i.sector, a.title_kind, a.day AS admitted_on,
            CASE WHEN a.next_type = 'release' THEN a.next_day END AS released_on,
            o.scm_group, age_band(p.birth_date, a.day) AS age_band, coalesce(p.sex, '${UNKNOWN}') AS sex,
            coalesce(r.region, '${UNKNOWN}') AS region,
            rkey('detention:' || mp.pseudonym || ':' || a.day) AS rkey
     FROM admissions a
     JOIN map_person mp ON mp.v = a.skn
     LEFT JOIN map_case mc ON mc.v = a.case_number
     ASOF LEFT JOIN homes h ON h.skn = a.skn AND h.valid_from <= a.day
     LEFT JOIN region_of r ON r.code = h.municipality
     JOIN ref_institutions i ON i.code = a.institution
     LEFT JOIN ref_offences o ON o.code = a.offence
     LEFT JOIN person_facts p ON p.skn = a.skn
     ORDER BY detention_id`,
  );
  await duck.run('DROP TABLE person_facts');
  await duck.run('DROP TABLE region_of; DROP TABLE map_person; DROP TABLE map_case; DROP TABLE map_crime');
}
