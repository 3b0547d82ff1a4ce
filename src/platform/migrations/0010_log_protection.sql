-- The processing log and the audit log cannot be cut quietly (issue 11, finding 3):
-- TRUNCATE is refused like UPDATE and DELETE, the application's role may only read and
-- append, and the row hashes from here on are keyed (HMAC-SHA256 under KETENZICHT_AUDIT_KEY,
-- which never enters the database). The owner and a superuser can still switch triggers
-- off; what catches them is the keyed chain and the signed checkpoints outside the
-- database (src/access/checkpoint.ts, docs/operations.md).

CREATE TRIGGER processing_log_no_truncate BEFORE TRUNCATE ON processing_log
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();

-- One row per hash chain. Today a chain is a whole table; when the logs are partitioned
-- (several chains, each with its own head) each chain gets its own row here.
CREATE TABLE log_chains (
  chain      text   PRIMARY KEY,
  keyed_from bigint NOT NULL
);
COMMENT ON TABLE log_chains IS 'The hash chains of the processing and audit logs. Every checkpoint repeats keyed_from, so moving it is found.';
COMMENT ON COLUMN log_chains.keyed_from IS 'Rows with a lower id were written before the hashes were keyed (plain SHA-256); this row and every later one carry an HMAC-SHA256 under KETENZICHT_AUDIT_KEY.';
INSERT INTO log_chains (chain, keyed_from)
  SELECT 'processing_log', coalesce(max(id), 0) + 1 FROM processing_log;
INSERT INTO log_chains (chain, keyed_from)
  SELECT 'audit_log', coalesce(max(id), 0) + 1 FROM audit_log;
CREATE TRIGGER log_chains_append_only BEFORE UPDATE OR DELETE ON log_chains
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
CREATE TRIGGER log_chains_no_truncate BEFORE TRUNCATE ON log_chains
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();

-- The application's group role: the service logs in as a LOGIN role that is a member of
-- it, never as the owner that runs these migrations. Roles belong to the whole cluster,
-- so it is made once (whichever database migrates first) and only by an owner allowed to
-- make roles; the grants are per database and run in each.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ketenzicht_app') THEN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
      BEGIN
        CREATE ROLE ketenzicht_app NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- another database's migration made it at the same moment
      END;
    ELSE
      RAISE NOTICE 'role ketenzicht_app is missing and % may not create it: see docs/operations.md', current_user;
    END IF;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ketenzicht_app') THEN
    GRANT USAGE ON SCHEMA public TO ketenzicht_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ketenzicht_app;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ketenzicht_app;
    REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES
      ON processing_log, audit_log FROM ketenzicht_app;
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES
      ON log_chains, kysely_migration, kysely_migration_lock FROM ketenzicht_app;
    -- Tables of later migrations get the ordinary rights; a later log table revokes its own.
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ketenzicht_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ketenzicht_app;
  END IF;
END
$$;
