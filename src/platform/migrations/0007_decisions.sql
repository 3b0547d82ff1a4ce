-- The decisions not to notify, kept beside the notices, so an operator can see for any event
-- every rule that reacted to it and why it did or did not make a notice (issue 5, "explain").

CREATE TABLE notice_decisions (
  event_log_id bigint NOT NULL,
  box          text   NOT NULL,
  reason       text   NOT NULL,
  rule_set     text   NOT NULL,
  PRIMARY KEY (event_log_id, box, reason)
);
COMMENT ON TABLE notice_decisions IS 'Why a rule that reacted to an event made no notice; the notices it did make are in notices.';
