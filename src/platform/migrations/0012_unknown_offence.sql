-- A BIJ trigger whose title holds an offence the reference data does not know goes to the
-- operations queue (issue 13): the rules cannot tell whether the mayor must hear of it.

ALTER TABLE notices DROP CONSTRAINT notices_routing_exception_check;
ALTER TABLE notices ADD CONSTRAINT notices_routing_exception_check
  CHECK (routing_exception IN ('no-address', 'unknown-municipality', 'unknown-offence'));
