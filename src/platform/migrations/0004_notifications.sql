-- Victim registrations (a projection of CJIB's victim-registered events) and the notices of the
-- Berichtenbox. Notices are not a projection: once made they are deliveries with a life of their
-- own (read, acknowledged, forwarded), so `rebuild` leaves them alone.

CREATE TABLE victim_registrations (
  event_log_id     bigint      PRIMARY KEY,
  skn              text        NOT NULL,
  case_number      text        NOT NULL,
  victim_reference text        NOT NULL,
  registered_at    timestamptz NOT NULL,
  CONSTRAINT victim_registrations_reference_key UNIQUE (case_number, victim_reference)
);
COMMENT ON TABLE victim_registrations IS 'Victims (or surviving relatives) who asked CJIB to be informed about the offender in a case; contact details stay with CJIB.';
CREATE INDEX victim_registrations_skn_idx ON victim_registrations (skn);

CREATE TABLE notices (
  id               bigserial   PRIMARY KEY,
  event_log_id     bigint      NOT NULL,
  skn              text        NOT NULL,
  box              text        NOT NULL CHECK (box IN ('bij', 'reintegration', 'victims')),
  type             text        NOT NULL,
  recipient        text,
  routing_exception text       CHECK (routing_exception IN ('no-address', 'unknown-municipality')),
  victim_reference text,
  legal_basis      text        NOT NULL,
  rule_set         text        NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT notices_once UNIQUE NULLS NOT DISTINCT (event_log_id, type, recipient, victim_reference),
  CONSTRAINT notices_routed CHECK ((recipient IS NULL) = (routing_exception IS NOT NULL))
);
COMMENT ON TABLE notices IS 'Berichtenbox notices, made in the transaction of the event that caused them; exactly once per (event, type, recipient, victim registration). A notice without recipient is in the operations queue.';
CREATE INDEX notices_recipient_idx ON notices (recipient, box, created_at);
CREATE INDEX notices_unrouted_idx ON notices (created_at) WHERE recipient IS NULL;
