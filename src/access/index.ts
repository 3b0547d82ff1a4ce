/** Access: who may call what. Source-system tokens now; users, roles and the processing log follow. */
export { requireSourceToken } from './auth.ts';
export type { CreatedToken, TokenHolder, TokenInfo } from './tokens.ts';
export { createApiToken, hashToken, listApiTokens, revokeApiToken, verifyApiToken } from './tokens.ts';
