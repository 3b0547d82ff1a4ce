-- E-mail alerts: when a notice enters a box, the users of the recipient who read that box get an
-- e-mail that something is waiting (never what). See src/alerts/ and docs/operations.md.
--
-- How a delivery is noticed: a trigger on `notices` writes a row to `alert_outbox` in the very
-- transaction that puts a notice in a box (a new notice made `delivered`, an operator's confirm,
-- change or route, a forwarded copy). A notice cannot be delivered without its outbox row, so a
-- crash or restart loses no alert, and the worker never has to scan the box for what is new.
-- The worker turns outbox rows into alert deliveries and deletes them in one transaction, so
-- a notice is collected once.

CREATE TABLE alert_outbox (
  notice_id    bigint      NOT NULL,
  recipient    text        NOT NULL,
  box          text        NOT NULL,
  delivered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (notice_id, recipient)
);
COMMENT ON TABLE alert_outbox IS 'Notices that entered a box and have not yet been turned into alert deliveries; written by trigger on notices, emptied by the alert worker.';
COMMENT ON COLUMN alert_outbox.notice_id IS 'No foreign key: retention may delete the notice first; the worker then finds nothing unread and sends nothing.';
CREATE INDEX alert_outbox_order_idx ON alert_outbox (delivered_at);

CREATE FUNCTION alert_outbox_from_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO alert_outbox (notice_id, recipient, box)
  SELECT id, recipient, box FROM inserted_notices WHERE status = 'delivered' AND recipient IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

-- One statement-level trigger per INSERT, so bulk ingest pays one extra statement per batch.
CREATE TRIGGER notices_alert_on_insert AFTER INSERT ON notices
  REFERENCING NEW TABLE AS inserted_notices
  FOR EACH STATEMENT EXECUTE FUNCTION alert_outbox_from_insert();

CREATE FUNCTION alert_outbox_from_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO alert_outbox (notice_id, recipient, box)
  VALUES (NEW.id, NEW.recipient, NEW.box)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER notices_alert_on_delivery AFTER UPDATE OF status, recipient ON notices
  FOR EACH ROW
  WHEN (NEW.status = 'delivered' AND NEW.recipient IS NOT NULL
        AND (OLD.status IS DISTINCT FROM 'delivered' OR OLD.recipient IS DISTINCT FROM NEW.recipient))
  EXECUTE FUNCTION alert_outbox_from_update();

CREATE TABLE alert_deliveries (
  id              bigserial   PRIMARY KEY,
  user_id         bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organisation    text        NOT NULL,
  box             text        NOT NULL CHECK (box IN ('bij', 'reintegration', 'victims')),
  notice_count    integer     NOT NULL CHECK (notice_count > 0),
  status          text        NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed', 'skipped')),
  attempts        integer     NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  locked_by       text,
  locked_until    timestamptz,
  last_error      text,
  skip_reason     text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz,
  finished_at     timestamptz,
  CONSTRAINT alert_deliveries_sent CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
  CONSTRAINT alert_deliveries_skipped CHECK ((status = 'skipped') = (skip_reason IS NOT NULL))
);
COMMENT ON TABLE alert_deliveries IS 'One e-mail to one user about new notices in one box of their organisation; what it covers is in alert_delivery_notices. Holds no content of the notices.';
COMMENT ON COLUMN alert_deliveries.status IS 'queued: to be sent (again) at next_attempt_at; sent: the SMTP server accepted it; failed: refused or unreachable alert_max_attempts times (see last_error); skipped: not sent because nothing was left to tell (see skip_reason).';
COMMENT ON COLUMN alert_deliveries.attempts IS 'Sending attempts begun, counted when a worker claims the delivery (so a delivery that crashes its worker also runs out).';
COMMENT ON COLUMN alert_deliveries.locked_until IS 'While a worker sends (its lease, with locked_by naming it); a worker that died leaves it to expire, after which another worker takes the delivery over.';
COMMENT ON COLUMN alert_deliveries.skip_reason IS 'Why a queued delivery was not sent: the user was disabled, lost the e-mail address or the role, moved organisation, or every notice it covered was opened, acknowledged, forwarded or deleted by then.';
CREATE INDEX alert_deliveries_due_idx ON alert_deliveries (next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX alert_deliveries_user_idx ON alert_deliveries (user_id, box) WHERE status = 'queued';
CREATE INDEX alert_deliveries_status_idx ON alert_deliveries (status, created_at);

CREATE TABLE alert_delivery_notices (
  delivery_id bigint NOT NULL REFERENCES alert_deliveries (id) ON DELETE CASCADE,
  notice_id   bigint NOT NULL,
  PRIMARY KEY (delivery_id, notice_id)
);
COMMENT ON TABLE alert_delivery_notices IS 'Which notices an alert delivery is about (by id only; no foreign key, so retention of notices is not held up by alerts).';
CREATE INDEX alert_delivery_notices_notice_idx ON alert_delivery_notices (notice_id);
