/** Access: organisations, users, roles, sessions, source-system tokens, and the processing log. */
export { activeRoleHolders, type RoleHolders } from './active-roles.ts';
export { requireSourceToken, requireUser, SESSION_COOKIE, userOf } from './auth.ts';
export {
  CHECKPOINT_INTERVAL_MS,
  type ChainHead,
  type Checkpoint,
  type CheckpointLoopOptions,
  readCheckpoints,
  startCheckpointLoop,
  writeCheckpoint,
} from './checkpoint.ts';
export { type LogVerification, verifyLogs } from './log-verify.ts';
export * from './model.ts';
export { type OidcRoutesOptions, oidcRoutes } from './oidc.ts';
export { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
export {
  type ChainReport,
  LOG_TABLES,
  type LogTable,
  loggedChanges,
  loggedReads,
  PROCESSING_ACTIVITIES,
  type ProcessingActivity,
  type ProcessingRequest,
  processingsOf,
  pseudonymize,
  recordProcessing,
  verifyChain,
} from './processing-log.ts';
export { accessRoutes } from './routes.ts';
export { type SessionPolicy, type SessionResolver, sessionResolver } from './sessions.ts';
export { createUser, findUserByOidc, listOrganisations, listUsers, syncOrganisations } from './store.ts';
export type { CreatedToken, TokenHolder, TokenInfo } from './tokens.ts';
export { createApiToken, listApiTokens, revokeApiToken, verifyApiToken } from './tokens.ts';
