-- Municipal participation (issue 13, item 9): which municipality takes part in which
-- Berichtenbox (BIJ, re-integration) from which date, kept by an administrator.
--
-- History by facts, never by overwriting: a registration is one row that is never changed;
-- its end is a second fact in participation_ends (at most one per registration), with who
-- ended it, when and why. Both tables refuse UPDATE and DELETE (forbid_change, migration
-- 0010), so what the rules read on a date can always be told afterwards. An end on the
-- registration's own start date withdraws a registration made in error (it was never in force).
-- Chosen over valid_until on the registration row because that column would be filled in
-- later by a second act, which is exactly the overwrite the history must not have.

CREATE TABLE participations (
  id                      bigserial   PRIMARY KEY,
  municipality_code       text        NOT NULL CHECK (municipality_code ~ '^GM[0-9]{4}$'),
  box                     text        NOT NULL CHECK (box IN ('bij', 'reintegration')),
  valid_from              date        NOT NULL,
  authorisation_reference text,
  authorisation_date      date,
  registered_at           timestamptz NOT NULL DEFAULT now(),
  registered_by_user_id   bigint,
  registered_by           text        NOT NULL,
  CONSTRAINT participations_authorised CHECK (
    box <> 'reintegration' OR (authorisation_reference IS NOT NULL AND authorisation_date IS NOT NULL)
  ),
  CONSTRAINT participations_authorisation_whole CHECK (
    (authorisation_reference IS NULL) = (authorisation_date IS NULL)
  )
);
COMMENT ON TABLE participations IS 'A municipality takes part in a Berichtenbox from valid_from (registered by an administrator); ended by a row in participation_ends. Never updated or deleted. Notices for a municipality without a participation in force on the notice''s date go to the operators (not-participating).';
COMMENT ON COLUMN participations.municipality_code IS 'CBS code of a municipality that exists on valid_from (checked against the reference data by the service).';
COMMENT ON COLUMN participations.authorisation_reference IS 'The mayor''s signed authorisation (machtiging) for re-integration notices: its reference; required for box reintegration.';
COMMENT ON COLUMN participations.authorisation_date IS 'The date the mayor signed the authorisation.';
COMMENT ON COLUMN participations.registered_by IS 'Username of the administrator who registered it (registered_by_user_id: their id, null when registered by the demo or a command).';
CREATE INDEX participations_municipality_idx ON participations (municipality_code, box, valid_from);

CREATE TABLE participation_ends (
  participation_id bigint      PRIMARY KEY REFERENCES participations (id),
  valid_until      date        NOT NULL,
  reason           text        NOT NULL CHECK (length(reason) > 0),
  ended_at         timestamptz NOT NULL DEFAULT now(),
  ended_by_user_id bigint,
  ended_by         text        NOT NULL
);
COMMENT ON TABLE participation_ends IS 'The end of a participation: from valid_until (exclusive: the first day it no longer holds) the municipality no longer takes part in that box. One per participation; never updated or deleted.';
COMMENT ON COLUMN participation_ends.valid_until IS 'Not before the participation''s valid_from; equal to it withdraws a registration made in error.';

CREATE TRIGGER participations_append_only BEFORE UPDATE OR DELETE ON participations
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
CREATE TRIGGER participation_ends_append_only BEFORE UPDATE OR DELETE ON participation_ends
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
