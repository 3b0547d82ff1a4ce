/**
 * The information products (docs/definitions.md defines each figure): chain
 * flow, crime, recidivism and detention, computed from the microdata
 * (secure.ts) as cubes with totals. Every count comes with the sum of its
 * records' keys, for the cell key method (disclosure.ts); the published
 * values are made there, not here.
 */
import type { Duck } from './duck.ts';
import { TOTAL } from './published.ts';

/** One cell of a product before disclosure control: its dimension codes and raw measures. */
export interface RawCell {
  codes: Record<string, string>;
  counts: Record<string, { n: number; keySum: number }>;
  /** Medians and percentiles with the number of values they come from. */
  distributions: Record<string, { n: number; value: number | null }>;
}

/** The chain's stages, in order (ketenstroom), with the Dutch names the tables show. */
export const STAGES = [
  ['registratie', 'Registratie van het misdrijf'],
  ['verdachte', 'Verdachte bekend'],
  ['om-instroom', 'Instroom bij het OM'],
  ['om-afdoening-technisch-sepot', 'OM-afdoening: technisch sepot'],
  ['om-afdoening-beleidssepot', 'OM-afdoening: beleidssepot'],
  ['om-afdoening-strafbeschikking', 'OM-afdoening: strafbeschikking'],
  ['om-afdoening-dagvaarding', 'OM-afdoening: dagvaarding (naar de rechter)'],
  ['om-afdoening-gevoegd', 'OM-afdoening: gevoegd'],
  ['vonnis-veroordeling', 'Vonnis: veroordeling'],
  ['vonnis-vrijspraak', 'Vonnis: vrijspraak'],
  ['vonnis-ontslag', 'Vonnis: ontslag van alle rechtsvervolging'],
  ['tenuitvoerlegging', 'Tenuitvoerlegging van sancties'],
  ['detentie', 'Detentie'],
] as const;

/** Stages where cases wait, so that a stock at the end of a year means something. */
export const STAGES_WITH_STOCK = new Set([
  'om-instroom',
  'om-afdoening-dagvaarding',
  'tenuitvoerlegging',
  'detentie',
]);
/** Stages that cases leave (to a next stage or out of the chain). */
export const STAGES_WITH_OUTFLOW = STAGES_WITH_STOCK;

export const SANCTIONS = [
  ['gevangenisstraf', 'Gevangenisstraf (na ontslag uit detentie)'],
  ['taakstraf', 'Taakstraf'],
  ['geldboete', 'Geldboete'],
  ['strafbeschikking', 'OM-strafbeschikking'],
] as const;

const code = (expr: string) => `coalesce(CAST(${expr} AS VARCHAR), '${TOTAL}')`;

async function cells(
  duck: Duck,
  sql: string,
  dims: string[],
  counts: string[],
  distributions: string[] = [],
) {
  const rows = await duck.rows<Record<string, unknown>>(sql);
  return rows.map(
    (r): RawCell => ({
      codes: Object.fromEntries(dims.map((d) => [d, String(r[d])])),
      counts: Object.fromEntries(
        counts.map((c) => [c, { n: Number(r[`${c}_n`] ?? 0), keySum: Number(r[`${c}_k`] ?? 0) }]),
      ),
      distributions: Object.fromEntries(
        distributions.map((d) => [
          d,
          { n: Number(r[`${d}_n`] ?? 0), value: r[d] === null || r[d] === undefined ? null : Number(r[d]) },
        ]),
      ),
    }),
  );
}

/**
 * The years a release publishes: the calendar years the police deliveries
 * cover in full, meaning every month of the year has at least a quarter of
 * the typical month's registrations. A part of a year is not published, and
 * the old registrations that come with long-running cases (people still
 * detained when the deliveries begin) do not make up years of their own.
 * The typical month is the median of the months in full delivery (those with
 * at least a quarter of the busiest month): a median over every month would
 * sink when years of such old registrations come before the deliveries begin
 * (the simulation's run-in, docs/simulation.md), and let those years through.
 */
export async function definePublishedYears(duck: Duck): Promise<number[]> {
  await duck.run(
    `CREATE OR REPLACE TEMP TABLE published_years AS
     WITH months AS (
       SELECT year(registered_on) AS y, month(registered_on) AS m, count(*) AS n FROM m_crimes GROUP BY ALL),
     busiest AS (SELECT max(n) AS n FROM months),
     typical AS (SELECT median(months.n) AS n FROM months, busiest WHERE months.n >= busiest.n / 4)
     SELECT y FROM months, typical WHERE months.n >= typical.n / 4 GROUP BY y HAVING count(*) = 12`,
  );
  return (await duck.rows<{ y: number | bigint }>('SELECT y FROM published_years ORDER BY y')).map((r) =>
    Number(r.y),
  );
}

/** misdrijven: registered crimes and those cleared (a suspect known), by year, region and offence group. */
export async function crimeCells(duck: Duck): Promise<RawCell[]> {
  return cells(
    duck,
    `WITH c AS (
       SELECT c.*, year(c.registered_on) AS y,
              EXISTS (SELECT 1 FROM m_suspects s WHERE s.crime_id = c.crime_id) AS cleared
       FROM m_crimes c)
     SELECT ${code('y')} AS jaar, ${code('region')} AS regio, ${code('scm_group')} AS delictgroep,
            count(*) AS geregistreerd_n, sum(rkey) AS geregistreerd_k,
            count(*) FILTER (WHERE cleared) AS opgehelderd_n, coalesce(sum(rkey) FILTER (WHERE cleared), 0) AS opgehelderd_k
     FROM c WHERE y IN (SELECT y FROM published_years) GROUP BY CUBE (y, region, scm_group)
     ORDER BY ALL`,
    ['jaar', 'regio', 'delictgroep'],
    ['geregistreerd', 'opgehelderd'],
  );
}

/** Every passage of a case through a stage: when it came in, when it left, the lead time from the stage before. */
async function buildFlow(duck: Duck): Promise<void> {
  const decisionStage = `CASE z.decision WHEN 'technical-dismissal' THEN 'om-afdoening-technisch-sepot'
      WHEN 'policy-dismissal' THEN 'om-afdoening-beleidssepot' WHEN 'om-penalty-order' THEN 'om-afdoening-strafbeschikking'
      WHEN 'summons' THEN 'om-afdoening-dagvaarding' ELSE 'om-afdoening-gevoegd' END`;
  const verdictStage = `CASE v.outcome WHEN 'conviction' THEN 'vonnis-veroordeling' WHEN 'acquittal' THEN 'vonnis-vrijspraak'
      ELSE 'vonnis-ontslag' END`;
  await duck.run(
    `CREATE OR REPLACE TEMP TABLE flow AS
     SELECT 'registratie' AS stage, registered_on AS day_in, NULL::DATE AS day_out, NULL::INTEGER AS lead_days,
            region, scm_group, rkey FROM m_crimes
     UNION ALL
     SELECT 'verdachte', s.identified_on, NULL, date_diff('day', c.registered_on, s.identified_on), c.region, c.scm_group, s.rkey
     FROM m_suspects s JOIN m_crimes c USING (crime_id)
     UNION ALL
     SELECT 'om-instroom', z.inflow_on, z.decision_on, date_diff('day', z.suspect_on, z.inflow_on), z.region, z.scm_group, z.rkey
     FROM m_cases z
     UNION ALL
     SELECT ${decisionStage}, z.decision_on,
            CASE WHEN z.decision = 'summons' THEN v.verdict_on END,
            date_diff('day', z.inflow_on, z.decision_on), z.region, z.scm_group, rkey('stage:' || z.case_id)
     FROM m_cases z LEFT JOIN m_verdicts v USING (case_id)
     WHERE z.decision IS NOT NULL AND z.decision_on IS NOT NULL
     UNION ALL
     SELECT ${verdictStage}, v.verdict_on, NULL, date_diff('day', z.decision_on, v.verdict_on), z.region, z.scm_group, v.rkey
     FROM m_verdicts v JOIN m_cases z USING (case_id)
     UNION ALL
     SELECT 'tenuitvoerlegging', e.started_on, e.ended_on,
            date_diff('day', coalesce(v.irrevocable_on, v.verdict_on, z.decision_on), e.started_on),
            z.region, z.scm_group, e.rkey
     FROM m_executions e JOIN m_cases z USING (case_id) LEFT JOIN m_verdicts v USING (case_id)
     UNION ALL
     SELECT 'detentie', d.admitted_on, d.released_on,
            CASE WHEN v.verdict_on <= d.admitted_on THEN date_diff('day', v.verdict_on, d.admitted_on) END,
            coalesce(z.region, d.region), coalesce(z.scm_group, d.scm_group, 'onbekend'), d.rkey
     FROM m_detentions d LEFT JOIN m_cases z USING (case_id) LEFT JOIN m_verdicts v USING (case_id)`,
  );
}

/** ketenstroom: inflow, outflow and stock per stage, with lead times, by year, region and offence group. */
export async function flowCells(duck: Duck): Promise<RawCell[]> {
  await buildFlow(duck);
  const stock = [...STAGES_WITH_STOCK].map((s) => `'${s}'`).join(', ');
  const rows = await cells(
    duck,
    `WITH facts AS (
       SELECT stage, 'in' AS m, year(day_in) AS y, region, scm_group, rkey, lead_days FROM flow
       UNION ALL
       SELECT stage, 'out', year(day_out), region, scm_group, rkey, NULL FROM flow
       WHERE day_out IS NOT NULL AND stage IN (${stock})
       UNION ALL
       -- In stock at the end of year y: came in on or before 31 December, left after it (or not yet).
       SELECT stage, 'stock', y, region, scm_group, rkey, NULL
       FROM flow, LATERAL unnest(generate_series(year(day_in),
              coalesce(year(day_out) - CASE WHEN month(day_out) = 12 AND day(day_out) = 31 THEN 0 ELSE 1 END,
                       (SELECT max(year(day_in)) FROM flow)))) AS t(y)
       WHERE stage IN (${stock}))
     SELECT stage AS fase, ${code('y')} AS jaar, ${code('region')} AS regio, ${code('scm_group')} AS delictgroep,
            count(*) FILTER (WHERE m = 'in') AS instroom_n, coalesce(sum(rkey) FILTER (WHERE m = 'in'), 0) AS instroom_k,
            count(*) FILTER (WHERE m = 'out') AS uitstroom_n, coalesce(sum(rkey) FILTER (WHERE m = 'out'), 0) AS uitstroom_k,
            count(*) FILTER (WHERE m = 'stock') AS voorraad_n, coalesce(sum(rkey) FILTER (WHERE m = 'stock'), 0) AS voorraad_k,
            median(lead_days) FILTER (WHERE m = 'in' AND lead_days >= 0) AS doorlooptijd_mediaan,
            quantile_cont(lead_days, 0.8) FILTER (WHERE m = 'in' AND lead_days >= 0) AS doorlooptijd_p80,
            count(lead_days) FILTER (WHERE m = 'in' AND lead_days >= 0) AS doorlooptijd_mediaan_n,
            count(lead_days) FILTER (WHERE m = 'in' AND lead_days >= 0) AS doorlooptijd_p80_n
     FROM facts WHERE y IN (SELECT y FROM published_years) GROUP BY stage, CUBE (y, region, scm_group)
     ORDER BY ALL`,
    ['fase', 'jaar', 'regio', 'delictgroep'],
    ['instroom', 'uitstroom', 'voorraad'],
    ['doorlooptijd_mediaan', 'doorlooptijd_p80'],
  );
  await duck.run('DROP TABLE flow');
  return rows;
}

/**
 * recidive: per person and cohort year the first exit (release from prison,
 * end of a community service, a fine or an OM penalty order), and whether a
 * new case within two years ended in a conviction: any, a very serious one,
 * one with unconditional prison. Only cohorts followed for two full years.
 */
export async function recidivismCells(duck: Duck): Promise<RawCell[]> {
  return cells(
    duck,
    `WITH last_day AS (SELECT max(d) AS d FROM (
         SELECT max(inflow_on) AS d FROM m_cases UNION ALL SELECT max(registered_on) FROM m_crimes)),
     exits AS (
       SELECT d.person_id, d.case_id, d.released_on AS exit_on, 'gevangenisstraf' AS sanction,
              coalesce(z.scm_group, d.scm_group, 'onbekend') AS scm_group, d.age_band, d.sex
       FROM m_detentions d LEFT JOIN m_cases z USING (case_id)
       WHERE d.released_on IS NOT NULL AND d.title_kind IN ('prison-sentence', 'substitute-detention')
       UNION ALL
       SELECT e.person_id, e.case_id, coalesce(e.ended_on, e.started_on),
              CASE e.sanction WHEN 'community-service' THEN 'taakstraf' WHEN 'fine' THEN 'geldboete' ELSE 'strafbeschikking' END,
              z.scm_group, z.age_band, z.sex
       FROM m_executions e JOIN m_cases z USING (case_id)
       WHERE e.sanction IN ('community-service', 'fine', 'om-penalty-order')),
     firsts AS (
       SELECT DISTINCT ON (person_id, year(exit_on)) *, year(exit_on) AS cohort,
              rkey('exit:' || person_id || ':' || year(exit_on)) AS rk
       FROM exits WHERE exit_on IS NOT NULL ORDER BY person_id, year(exit_on), exit_on, case_id),
     convictions AS (
       SELECT z.person_id, z.case_id, z.inflow_on, z.category,
              coalesce(v.prison_days, 0) > coalesce(v.prison_conditional_days, 0) AS prison
       FROM m_cases z LEFT JOIN m_verdicts v USING (case_id)
       WHERE z.decision IN ('policy-dismissal', 'om-penalty-order') OR v.outcome = 'conviction'),
     followed AS (
       SELECT f.cohort, f.age_band, f.sex, f.scm_group, f.sanction, f.rk,
              count(c.case_id) > 0 AS general,
              coalesce(bool_or(c.category IN ('serious-violent', 'sexual', 'arson')), false) AS very_serious,
              coalesce(bool_or(c.prison), false) AS to_prison
       FROM firsts f CROSS JOIN last_day
       LEFT JOIN convictions c ON c.person_id = f.person_id AND c.case_id IS DISTINCT FROM f.case_id
                              AND c.inflow_on > f.exit_on AND c.inflow_on <= f.exit_on + INTERVAL 2 YEAR
       WHERE make_date(f.cohort + 3, 1, 1) <= last_day.d AND f.cohort IN (SELECT y FROM published_years)
       GROUP BY f.person_id, f.cohort, f.age_band, f.sex, f.scm_group, f.sanction, f.rk)
     SELECT ${code('cohort')} AS cohort, ${code('age_band')} AS leeftijd, ${code('sex')} AS geslacht,
            ${code('scm_group')} AS delictgroep, ${code('sanction')} AS sanctie,
            count(*) AS cohortgrootte_n, sum(rk) AS cohortgrootte_k,
            count(*) FILTER (WHERE general) AS recidive_algemeen_n, coalesce(sum(rk) FILTER (WHERE general), 0) AS recidive_algemeen_k,
            count(*) FILTER (WHERE very_serious) AS recidive_zeer_ernstig_n,
            coalesce(sum(rk) FILTER (WHERE very_serious), 0) AS recidive_zeer_ernstig_k,
            count(*) FILTER (WHERE to_prison) AS recidive_gevangenisstraf_n,
            coalesce(sum(rk) FILTER (WHERE to_prison), 0) AS recidive_gevangenisstraf_k
     FROM followed GROUP BY CUBE (cohort, age_band, sex, scm_group, sanction)
     ORDER BY ALL`,
    ['cohort', 'leeftijd', 'geslacht', 'delictgroep', 'sanctie'],
    ['cohortgrootte', 'recidive_algemeen', 'recidive_zeer_ernstig', 'recidive_gevangenisstraf'],
  );
}

/** detentie: admissions, the population on 30 September, and the median length of the stays that ended, by sector. */
export async function detentionCells(duck: Duck): Promise<RawCell[]> {
  return cells(
    duck,
    `WITH years AS (SELECT DISTINCT year(admitted_on) AS y FROM m_detentions),
     facts AS (
       SELECT 'in' AS m, year(admitted_on) AS y, sector, rkey, NULL::INTEGER AS stay FROM m_detentions
       UNION ALL
       SELECT 'held', years.y, sector, rkey, NULL FROM m_detentions, years
       WHERE admitted_on <= make_date(years.y, 9, 30) AND (released_on IS NULL OR released_on > make_date(years.y, 9, 30))
       UNION ALL
       SELECT 'out', year(released_on), sector, rkey, date_diff('day', admitted_on, released_on) FROM m_detentions
       WHERE released_on IS NOT NULL)
     SELECT ${code('y')} AS jaar, ${code('sector')} AS sector,
            count(*) FILTER (WHERE m = 'in') AS instroom_n, coalesce(sum(rkey) FILTER (WHERE m = 'in'), 0) AS instroom_k,
            count(*) FILTER (WHERE m = 'held') AS populatie_peildatum_n,
            coalesce(sum(rkey) FILTER (WHERE m = 'held'), 0) AS populatie_peildatum_k,
            median(stay) FILTER (WHERE m = 'out') AS verblijfsduur_mediaan,
            count(stay) FILTER (WHERE m = 'out') AS verblijfsduur_mediaan_n
     FROM facts WHERE y IN (SELECT y FROM published_years) GROUP BY CUBE (y, sector)
     ORDER BY ALL`,
    ['jaar', 'sector'],
    ['instroom', 'populatie_peildatum'],
    ['verblijfsduur_mediaan'],
  );
}
