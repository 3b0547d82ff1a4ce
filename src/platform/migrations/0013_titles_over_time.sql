-- Contract 1.1 (issue 13): a detention episode holds titles over time, one per case, each
-- version with the dates it was in force, so every rule can judge the titles in force on the
-- date of the event that triggers it. The single title of version 1 becomes the first version.

ALTER TABLE detention_episodes ADD COLUMN titles jsonb;
UPDATE detention_episodes SET titles = jsonb_build_array(jsonb_build_object(
  'kind', title_kind,
  'irrevocable', title_irrevocable,
  'offences', title_offences,
  'sentenceDays', title_sentence_days,
  'caseNumber', title_case_number,
  'from', admitted_on::text,
  'until', NULL,
  'logId', id));
ALTER TABLE detention_episodes ALTER COLUMN titles SET NOT NULL;
ALTER TABLE detention_episodes
  DROP COLUMN title_kind,
  DROP COLUMN title_irrevocable,
  DROP COLUMN title_offences,
  DROP COLUMN title_sentence_days,
  DROP COLUMN title_case_number;
COMMENT ON COLUMN detention_episodes.titles IS 'Every version of every title of the episode, oldest first: {kind, irrevocable, offences, sentenceDays, caseNumber, from, until (exclusive, null while in force), logId}.';
COMMENT ON COLUMN detention_episodes.sector IS 'The sector of the current stay: a transfer to another sector''s institution continues the episode there.';

-- A notice that corrects an earlier one (a moved release date) names it; a notice that goes
-- out after the moment it announces (a release without an earlier release-scheduled) is late.
ALTER TABLE notices ADD COLUMN supersedes text;
ALTER TABLE notices ADD COLUMN late boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN notices.supersedes IS 'The event id of the earlier notice (same person, box, type, recipient and episode) this one corrects.';
COMMENT ON COLUMN notices.late IS 'The notice goes out after the moment it announces (replay contract 1.1).';

ALTER TABLE notices DROP CONSTRAINT notices_routing_exception_check;
ALTER TABLE notices ADD CONSTRAINT notices_routing_exception_check
  CHECK (routing_exception IN ('no-address', 'unknown-municipality', 'unknown-offence',
    'unverified-institution-address', 'not-participating', 'no-active-user'));
