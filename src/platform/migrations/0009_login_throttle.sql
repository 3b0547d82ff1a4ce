-- Password logins are throttled per account AND client, not per account: a stranger's wrong
-- passwords lock only the stranger's own attempts on that account, never the holder's from
-- elsewhere. The holder hears of each lock by e-mail, sent by the alert worker. See
-- src/access/login-throttle.ts, docs/api.md ("People: sessions, roles and CSRF") and docs/operations.md.

CREATE TABLE login_throttle (
  user_id         bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  client          text        NOT NULL,
  failures        integer     NOT NULL CHECK (failures > 0),
  last_failure_at timestamptz NOT NULL,
  locked_until    timestamptz,
  PRIMARY KEY (user_id, client)
);
COMMENT ON TABLE login_throttle IS 'Failed password logins per account and client; a row goes when its client logs in, or with the next failure on the account once it is stale.';
COMMENT ON COLUMN login_throttle.client IS 'Keyed hash (HMAC-SHA256) of the client address, an IPv6 address by its /64; the address itself is not kept.';
COMMENT ON COLUMN login_throttle.failures IS 'Failures since the last success from this client, counted afresh when the last one is older than the lock time or a lock has passed.';
COMMENT ON COLUMN login_throttle.locked_until IS 'Until when password logins to this account from this client are refused, answered exactly as a wrong password.';

CREATE TABLE login_lock_notices (
  id              bigserial   PRIMARY KEY,
  user_id         bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  locked_at       timestamptz NOT NULL,
  lock_ends_at    timestamptz NOT NULL,
  status          text        NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed', 'skipped')),
  attempts        integer     NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  lease_owner     text,
  lease_until     timestamptz,
  last_error      text,
  skip_reason     text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz,
  finished_at     timestamptz,
  CONSTRAINT login_lock_notices_sent CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
  CONSTRAINT login_lock_notices_skipped CHECK ((status = 'skipped') = (skip_reason IS NOT NULL))
);
COMMENT ON TABLE login_lock_notices IS 'E-mails to an account holder that password logins to their account were locked for some client; at most one per account per lock time. Holds no address and no password.';
COMMENT ON COLUMN login_lock_notices.status IS 'As alert_deliveries.status: queued, sent, failed (after alert_max_attempts), skipped (the user was disabled or has no e-mail address by then).';
COMMENT ON COLUMN login_lock_notices.lease_until IS 'While a worker sends; a worker that died leaves it to expire, after which another takes the notice over.';
CREATE INDEX login_lock_notices_due_idx ON login_lock_notices (next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX login_lock_notices_user_idx ON login_lock_notices (user_id, created_at);

COMMENT ON COLUMN users.failed_logins IS 'Unused since migration 0009: failures are counted per client in login_throttle.';
COMMENT ON COLUMN users.locked_until IS 'Unused since migration 0009: locks are per client in login_throttle.';
