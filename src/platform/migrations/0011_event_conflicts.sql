-- Deliveries refused because a known (source, eventId) came with different content
-- (contract version 1.1, issue 11). The event log keeps the original; this table tells
-- Justid's operators that a source re-used an eventId for something else, so they can
-- take it up with the source. Field names only, never values: values may be personal data.

CREATE TABLE event_conflicts (
  id               bigserial   PRIMARY KEY,
  source           text        NOT NULL,
  event_id         text        NOT NULL,
  event_log_id     bigint,
  differing_fields jsonb       NOT NULL,
  channel          text        NOT NULL CHECK (channel IN ('api', 'file')),
  detected_at      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE event_conflicts IS 'Each refused repeat of a known (source, eventId) with different content; newest last.';
COMMENT ON COLUMN event_conflicts.event_log_id IS 'The logged original, or NULL when the original came earlier in the same refused delivery.';
COMMENT ON COLUMN event_conflicts.differing_fields IS 'JSON array of the names of the fields that differ (dotted for nested fields), never their values.';
COMMENT ON COLUMN event_conflicts.channel IS 'How the repeat came: api (POST /api/v1/events) or file (ketenzicht ingest).';
CREATE INDEX event_conflicts_source_event_id_idx ON event_conflicts (source, event_id);
