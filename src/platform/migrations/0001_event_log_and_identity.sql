-- The append-only event log, the SKDB identity registry and the source-system API tokens.
--
-- Projection tables (persons, addresses, identity_determinations, duplicate_candidates)
-- carry no foreign keys and no sequences: each row is keyed by what it is or by the
-- id of the event that made it, so `ketenzicht rebuild` can build them anew from the
-- log in a side schema and swap them in.

CREATE TABLE event_log (
  id          bigserial PRIMARY KEY,
  source      text        NOT NULL,
  event_id    text        NOT NULL,
  type        text        NOT NULL,
  skn         text        NOT NULL,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  payload     jsonb       NOT NULL,
  fact_hash   text        NOT NULL,
  CONSTRAINT event_log_source_event_id_key UNIQUE (source, event_id)
);
COMMENT ON TABLE event_log IS 'Every accepted inbound event, in order of arrival; the source of truth from which projections are rebuilt.';
COMMENT ON COLUMN event_log.id IS 'Arrival order; replays and rebuilds apply events in this order.';
COMMENT ON COLUMN event_log.payload IS 'The event exactly as the source delivered it (contract version 1).';
COMMENT ON COLUMN event_log.fact_hash IS 'SHA-256 of the event without its eventId: the same fact re-sent under a new eventId has the same hash and changes nothing.';
CREATE INDEX event_log_skn_idx ON event_log (skn, id);
CREATE INDEX event_log_fact_hash_idx ON event_log (fact_hash);

-- Append-only: the application never changes or removes a logged event.
CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER event_log_append_only BEFORE UPDATE OR DELETE ON event_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

CREATE TABLE persons (
  skn              text PRIMARY KEY,
  bsn              text,
  surname          text        NOT NULL,
  given_names      text        NOT NULL,
  birth_date       date        NOT NULL,
  gender           text        NOT NULL,
  match_initial    text        NOT NULL,
  registered_at    timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  last_event_log_id bigint     NOT NULL
);
COMMENT ON TABLE persons IS 'SKDB persons: one row per strafrechtketennummer (SKN).';
COMMENT ON COLUMN persons.bsn IS 'Burgerservicenummer (passes the eleven-test) or NULL; not unique: two SKNs with one BSN are a duplicate candidate, for Justid to resolve.';
COMMENT ON COLUMN persons.gender IS 'As delivered: M, V or O (onbekend).';
COMMENT ON COLUMN persons.match_initial IS 'First letter of the normalised given names: with birth_date, narrows the search for duplicate candidates.';
CREATE INDEX persons_bsn_idx ON persons (bsn) WHERE bsn IS NOT NULL;
CREATE INDEX persons_birth_date_initial_idx ON persons (birth_date, match_initial);
CREATE INDEX persons_surname_birth_date_idx ON persons (lower(surname), birth_date);

CREATE TABLE addresses (
  event_log_id      bigint PRIMARY KEY,
  skn               text   NOT NULL,
  valid_from        date   NOT NULL,
  municipality_code text   NOT NULL,
  street            text   NOT NULL,
  house_number      text   NOT NULL,
  postal_code       text   NOT NULL,
  city              text   NOT NULL,
  CONSTRAINT addresses_fact_key UNIQUE (skn, valid_from, postal_code, house_number)
);
COMMENT ON TABLE addresses IS 'BRP address history: a person''s address is the one with the latest valid_from on or before a date.';
COMMENT ON COLUMN addresses.municipality_code IS 'CBS code as delivered; may be a former code (resolved to its successor when routing).';
CREATE INDEX addresses_skn_valid_from_idx ON addresses (skn, valid_from);

CREATE TABLE identity_determinations (
  event_log_id  bigint      PRIMARY KEY,
  skn           text        NOT NULL,
  method        text        NOT NULL CHECK (method IN ('fingerprints', 'identity-document', 'statement')),
  organisation  text        NOT NULL,
  determined_at timestamptz NOT NULL,
  CONSTRAINT identity_determinations_fact_key UNIQUE (skn, method, organisation, determined_at)
);
COMMENT ON TABLE identity_determinations IS 'ID-vaststellingen: how, by whom and when a person''s identity was established.';

CREATE TABLE duplicate_candidates (
  skn          text        NOT NULL,
  candidate_skn text       NOT NULL,
  reason       text        NOT NULL CHECK (reason IN ('same-bsn', 'similar-name-same-birth-date')),
  score        real        NOT NULL,
  detected_at  timestamptz NOT NULL DEFAULT now(),
  status       text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'same-person', 'different-persons')),
  PRIMARY KEY (skn, candidate_skn)
);
COMMENT ON TABLE duplicate_candidates IS 'Persons that resemble each other; reported for Justid''s Matching Autoriteit, never merged automatically.';

CREATE SEQUENCE skn_serial START WITH 1000000 MINVALUE 1000000 MAXVALUE 9999999 NO CYCLE;
COMMENT ON SEQUENCE skn_serial IS 'Serial part of the SKNs Ketenzicht issues; a sequence never hands out a value twice, so an SKN is never reused.';

CREATE TABLE api_tokens (
  id         bigserial PRIMARY KEY,
  source     text        NOT NULL,
  name       text        NOT NULL,
  token_hash text        NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
COMMENT ON TABLE api_tokens IS 'Per-source API tokens of source systems; only a SHA-256 hash of the (random, 256-bit) token is kept.';
