-- Organisations, users, sessions, and the two append-only logs: the processing log
-- (Logboek Dataverwerkingen: one row per data subject per processing) and the audit
-- log (who did it), linked by trace id.

CREATE TABLE organisations (
  code       text PRIMARY KEY,
  name       text NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('municipality', 'dji', 'cjib', 'cjib-idv', 'rvdk', '3ro', 'police', 'om', 'justid')),
  active     boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE organisations IS 'Chain organisations; municipalities by CBS code (kept in step with the reference data at start).';

CREATE TABLE users (
  id            bigserial PRIMARY KEY,
  username      text        NOT NULL UNIQUE,
  display_name  text        NOT NULL,
  email         text,
  organisation  text        NOT NULL REFERENCES organisations (code),
  roles         text[]      NOT NULL,
  password_hash text,
  oidc_issuer   text,
  oidc_subject  text,
  failed_logins integer     NOT NULL DEFAULT 0,
  locked_until  timestamptz,
  disabled      boolean     NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_oidc_key UNIQUE (oidc_issuer, oidc_subject)
);
COMMENT ON COLUMN users.password_hash IS 'argon2id; NULL for users who only log in through OIDC.';
COMMENT ON COLUMN users.locked_until IS 'Set after repeated failed logins; password login is refused until then.';

CREATE TABLE sessions (
  id_hash      text        PRIMARY KEY,
  user_id      bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token   text        NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);
COMMENT ON TABLE sessions IS 'Server-side sessions; the cookie holds a random id, only its SHA-256 is stored.';
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE processing_log (
  id                     bigserial   PRIMARY KEY,
  trace_id               text        NOT NULL,
  span_id                text        NOT NULL,
  parent_span_id         text,
  operation              text        NOT NULL,
  processing_activity_id text        NOT NULL,
  started_at             timestamptz NOT NULL,
  ended_at               timestamptz NOT NULL,
  status                 text        NOT NULL CHECK (status IN ('ok', 'error')),
  subject_pseudonym      text        NOT NULL,
  prev_hash              text        NOT NULL,
  hash                   text        NOT NULL
);
COMMENT ON TABLE processing_log IS 'Logboek Dataverwerkingen: one row per data subject per processing; no names, no user, only a keyed pseudonym of the SKN. Hash-chained.';
COMMENT ON COLUMN processing_log.subject_pseudonym IS 'HMAC-SHA256 of the SKN under the configured key (KETENZICHT_PSEUDONYM_KEY); the key is never stored with the data.';
CREATE INDEX processing_log_subject_idx ON processing_log (subject_pseudonym);
CREATE INDEX processing_log_trace_idx ON processing_log (trace_id);
CREATE TRIGGER processing_log_append_only BEFORE UPDATE OR DELETE ON processing_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

CREATE TABLE audit_log (
  id            bigserial   PRIMARY KEY,
  trace_id      text        NOT NULL,
  span_id       text        NOT NULL,
  at            timestamptz NOT NULL,
  user_id       bigint,
  username      text        NOT NULL,
  organisation  text        NOT NULL,
  roles         text[]      NOT NULL,
  action        text        NOT NULL,
  prev_hash     text        NOT NULL,
  hash          text        NOT NULL
);
COMMENT ON TABLE audit_log IS 'Who processed: the user behind each trace of the processing log, kept apart from it. Hash-chained.';
CREATE INDEX audit_log_trace_idx ON audit_log (trace_id, span_id);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
