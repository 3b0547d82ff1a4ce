-- The Berichtenbox: a notice's state, its trail of state changes, forwarding between
-- municipalities, and the content-free tombstones that stay when retention deletes a notice.
-- The notices_once constraint stays as it is: a notice is still made once per
-- (event, type, recipient, victim registration); a forwarded copy differs by its recipient.

ALTER TABLE notices ADD COLUMN status text NOT NULL DEFAULT 'delivered'
  CHECK (status IN ('awaiting-review', 'delivered', 'read', 'acknowledged', 'forwarded'));
UPDATE notices SET status = 'awaiting-review' WHERE box = 'bij' OR recipient IS NULL;
-- New notices state their first status (src/notifications/box.ts, initialStatus).
ALTER TABLE notices ALTER COLUMN status DROP DEFAULT;
COMMENT ON COLUMN notices.status IS 'awaiting-review: a Justid operator acts first (every BIJ notice, and every notice without recipient); delivered: in the recipient''s box, unread; read: opened by a user of the recipient; acknowledged: receipt confirmed; forwarded: a BIJ officer sent it on to another municipality (see forwarded_from of the copy). Expired notices are deleted, leaving a row in notice_tombstones.';

ALTER TABLE notices ADD COLUMN forwarded_from bigint REFERENCES notices (id) ON DELETE SET NULL;
COMMENT ON COLUMN notices.forwarded_from IS 'The notice this one is a forwarded copy of (same event, type and person; another municipality).';
CREATE INDEX notices_forwarded_from_idx ON notices (forwarded_from) WHERE forwarded_from IS NOT NULL;

-- A notice routed by hand keeps its routing exception, so statistics can tell how it was routed.
ALTER TABLE notices DROP CONSTRAINT notices_routed;
ALTER TABLE notices ADD CONSTRAINT notices_routed CHECK (recipient IS NOT NULL OR routing_exception IS NOT NULL);
ALTER TABLE notices ADD CONSTRAINT notices_unrouted_waits CHECK (recipient IS NOT NULL OR status = 'awaiting-review');
COMMENT ON COLUMN notices.routing_exception IS 'Why the rules could not route the notice; kept after an operator routed it by hand.';

-- Retention finds a notice's episode by person and event (detention_episodes.id is the admission's log id).
CREATE INDEX notices_skn_idx ON notices (skn, event_log_id);
CREATE INDEX notices_box_idx ON notices (recipient, box, id);
CREATE INDEX notices_review_idx ON notices (created_at) WHERE status = 'awaiting-review';

CREATE TABLE notice_history (
  id             bigserial   PRIMARY KEY,
  notice_id      bigint      NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
  at             timestamptz NOT NULL DEFAULT now(),
  action         text        NOT NULL CHECK (action IN ('confirm', 'change', 'route', 'open', 'acknowledge', 'forward', 'forwarded-in')),
  user_id        bigint,
  username       text        NOT NULL,
  organisation   text        NOT NULL,
  from_status    text,
  to_status      text        NOT NULL,
  from_recipient text,
  to_recipient   text,
  reason         text
);
COMMENT ON TABLE notice_history IS 'Every state change of a notice: who, when, from which state and recipient to which, and why. Deleted with the notice when it expires (a reason may name the person).';
COMMENT ON COLUMN notice_history.from_status IS 'Null for forwarded-in: the first row of a forwarded copy.';
CREATE INDEX notice_history_notice_idx ON notice_history (notice_id, id);

CREATE TABLE notice_tombstones (
  id                bigint      PRIMARY KEY,
  box               text        NOT NULL,
  type              text        NOT NULL,
  recipient         text,
  routing_exception text,
  legal_basis       text        NOT NULL,
  rule_set          text        NOT NULL,
  created_at        timestamptz NOT NULL,
  status            text        NOT NULL DEFAULT 'expired' CHECK (status = 'expired'),
  status_at_expiry  text        NOT NULL,
  forwarded_from    bigint,
  expired_at        timestamptz NOT NULL
);
COMMENT ON TABLE notice_tombstones IS 'What is left of a notice after retention (NOTICE_RETENTION_MONTHS after the person''s release): no SKN, no event, no victim reference, no history; enough to count notices per box, type, recipient and month, and whether they were read.';
COMMENT ON COLUMN notice_tombstones.id IS 'The id the notice had.';
COMMENT ON COLUMN notice_tombstones.status_at_expiry IS 'The state the notice was in when it expired (was it ever read or acknowledged).';
