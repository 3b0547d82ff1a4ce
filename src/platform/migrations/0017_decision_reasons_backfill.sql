-- The decisions made before migration 0015 kept only their English `reason`, so the portal could
-- show them only in English (issue 14). That text is `<notice type>: <reason>; <reason>…`, each
-- reason in the words src/notifications/reasons.ts still gives its code: read them back into
-- [{code, params}] and the notice type, so every decision is shown in Dutch. A reason in words
-- no code has keeps its row as it was (reasons null); the English `reason` itself never changes.

WITH parts AS (
  SELECT d.event_log_id, d.box, d.reason,
         split_part(d.reason, ': ', 1) AS notice_type,
         p.ord,
         regexp_replace(p.part, ' \(case [^()]*\)$', '') AS body,
         substring(p.part from ' \(case ([^()]*)\)$') AS case_number
  FROM notice_decisions d
  CROSS JOIN LATERAL regexp_split_to_table(substr(d.reason, strpos(d.reason, ': ') + 2), '; ')
    WITH ORDINALITY AS p(part, ord)
  WHERE d.reasons IS NULL AND strpos(d.reason, ': ') > 0
),
matched AS (
  SELECT parts.*,
         regexp_match(body, '^title (\S+) in (\S+): BIJ covers (\S+) only$') AS title_kind,
         regexp_match(body, '^the (\S+) is not irrevocable$') AS not_irrevocable,
         regexp_match(body, '^(.+) with a sentence under ([0-9]+) days$') AS short_sentence,
         regexp_match(body, '^no (.+) offence among (.+)$') AS no_offence,
         regexp_match(body, '^no title in force on (\S+)$') AS no_title,
         regexp_match(body, '^not in rule set (\S+) \(18b notices exist since September 2023\)$') AS not_in_rule_set,
         regexp_match(body, '^no victim registration in case (.+)$') AS no_registration
  FROM parts
),
coded AS (
  SELECT event_log_id, box, reason, notice_type, ord,
         CASE
           WHEN title_kind IS NOT NULL THEN jsonb_build_object('code', 'title-kind', 'params',
             jsonb_build_object('kind', title_kind[1], 'sector', title_kind[2], 'expected', title_kind[3]))
           WHEN not_irrevocable IS NOT NULL THEN jsonb_build_object('code', 'not-irrevocable', 'params',
             jsonb_build_object('kind', not_irrevocable[1]))
           WHEN short_sentence IS NOT NULL THEN jsonb_build_object('code', 'short-sentence', 'params',
             jsonb_build_object('categories', short_sentence[1], 'minDays', short_sentence[2]))
           WHEN no_offence IS NOT NULL THEN jsonb_build_object('code', 'no-qualifying-offence', 'params',
             jsonb_build_object('categories', no_offence[1],
               'offences', CASE WHEN no_offence[2] = 'the offences' THEN '' ELSE no_offence[2] END))
           WHEN no_title IS NOT NULL THEN jsonb_build_object('code', 'no-title-in-force', 'params',
             jsonb_build_object('date', no_title[1]))
           WHEN body = 'art. 18b Pbw applies to the prison system (GW) only' THEN
             jsonb_build_object('code', 'risk18b-prison-only', 'params', '{}'::jsonb)
           WHEN not_in_rule_set IS NOT NULL THEN jsonb_build_object('code', 'risk18b-not-in-rule-set', 'params',
             jsonb_build_object('ruleSet', not_in_rule_set[1]))
           WHEN body = 'no title of the episode has a case number' THEN
             jsonb_build_object('code', 'no-case-number', 'params', '{}'::jsonb)
           WHEN no_registration IS NOT NULL THEN jsonb_build_object('code', 'no-victim-registration', 'params',
             jsonb_build_object('cases', no_registration[1]))
         END AS coded,
         case_number
  FROM matched
),
decided AS (
  SELECT event_log_id, box, reason, min(notice_type) AS notice_type,
         jsonb_agg(CASE WHEN case_number IS NULL THEN coded
                        ELSE jsonb_set(coded, '{params,caseNumber}', to_jsonb(case_number)) END
                   ORDER BY ord) AS reasons,
         bool_and(coded IS NOT NULL) AS whole
  FROM coded
  GROUP BY event_log_id, box, reason
)
UPDATE notice_decisions d
SET reasons = decided.reasons, notice_type = decided.notice_type
FROM decided
WHERE decided.whole
  AND decided.notice_type ~ '^[a-z0-9-]+$'
  AND d.event_log_id = decided.event_log_id AND d.box = decided.box AND d.reason = decided.reason;

COMMENT ON COLUMN notice_decisions.reasons IS 'The reasons as [{code, params}] (reasons.ts); null only for a decision stored before migration 0015 in words no code has.';
