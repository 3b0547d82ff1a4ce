-- User administration (issue 14, item 4): a password an administrator set (a reset) must be
-- changed by its holder before anything else; the holder's own change clears the flag. A
-- deactivated user stays (disabled = true, with when), so the audit log's names keep their
-- meaning and the account can be reactivated. See src/access/admin-users.ts and docs/operations.md.

ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
COMMENT ON COLUMN users.must_change_password IS 'Set when an administrator resets the password: until the holder sets their own, every API call but that change and logout answers 403 PASSWORD_CHANGE_REQUIRED.';
COMMENT ON COLUMN users.disabled_at IS 'When the user was last deactivated (NULL while active); their sessions ended then.';
