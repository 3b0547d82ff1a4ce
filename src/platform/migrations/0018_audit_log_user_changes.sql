-- A user's history (issue 14, item 4; src/access/admin-history.ts) reads the audit log's rows of
-- changes to that user, `<change>:<user id>[ <details>]`, newest first. The audit log also holds
-- a row for every logged read, so without this index each history page would read the whole log
-- (about ten seconds at a million rows). Partial: only the rows of user changes are indexed, by
-- the user's id as the action names it, then by id for the order. The query repeats this
-- expression and this predicate word for word, so the planner can use the index.

CREATE INDEX audit_log_user_change_idx
  ON audit_log ((split_part(split_part(action, ' ', 1), ':', 2)), id)
  WHERE action LIKE 'user-%' OR action LIKE 'own-password-changed:%';
