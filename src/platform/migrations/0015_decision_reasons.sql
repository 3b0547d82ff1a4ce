-- Why a rule made no notice, as codes (issue 14): the notice type it did not make and its
-- reasons as {code, params}, so the portal shows them in Dutch (src/notifications/reasons.ts).
-- Rows decided before keep only their English `reason`.

ALTER TABLE notice_decisions ADD COLUMN notice_type text;
ALTER TABLE notice_decisions ADD COLUMN reasons jsonb;
COMMENT ON COLUMN notice_decisions.reasons IS 'The reasons as [{code, params}] (reasons.ts); null for decisions made before migration 0015.';
