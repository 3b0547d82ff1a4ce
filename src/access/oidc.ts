/**
 * Login through an OpenID Connect provider: the authorization code flow with
 * PKCE (S256), state and nonce, by openid-client v6. The provider says who
 * someone is; Ketenzicht decides what they may do. Only a user whom an
 * administrator has linked to the provider's (issuer, `sub`) gets a session,
 * the same session a password login gets; a login never creates an account.
 *
 * A login in progress (state, nonce, PKCE verifier, where to return) lives
 * in a cookie that only this server can read or make: AES-256-GCM under a
 * key derived from the client secret, valid for ten minutes, cleared by the
 * callback (a copy kept back is worth nothing: the provider takes each code
 * once). So the callback may land on another instance or after a restart,
 * and there is no table of half-finished logins to fill or clean. It is
 * SameSite=Lax because the browser comes back from the provider by a
 * cross-site navigation, which would not carry a Strict cookie; it is
 * scoped to the OIDC paths and holds nothing that grants access by itself.
 *
 * Of what the provider sends, only the issuer and the subject are logged,
 * and the name of a failed check: the answer's text may quote the request,
 * and the callback's URL holds the code and the state.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import type { OidcConfig } from '../platform/config.ts';
import type { Db } from '../platform/db.ts';
import { AuthError, DomainError, ValidationError } from '../platform/errors.ts';
import { problems } from '../platform/problem.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import { normaliseReturnPath } from './return-path.ts';
import { type SessionStart, startSession } from './session-cookie.ts';
import { findUserByOidc } from './store.ts';

/** The cookie that carries a login in progress from /oidc/login to /oidc/callback. */
export const OIDC_LOGIN_COOKIE = 'kz_oidc';
const LOGIN_MINUTES = 10;
/** Seconds to wait for the provider (discovery, token endpoint) before answering 503. */
const PROVIDER_TIMEOUT_SECONDS = 10;

const LoginState = Type.Object({
  state: Type.String(),
  nonce: Type.String(),
  verifier: Type.String(),
  returnTo: Type.String(),
  expiresAt: Type.Integer({ description: 'epoch milliseconds' }),
});
type LoginState = Static<typeof LoginState>;
const loginStateCheck = Compile(LoginState);

/** The cookie's key: the client secret is the one secret every instance of a deployment shares. */
export function loginStateKey(clientSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', clientSecret, 'ketenzicht', 'oidc login state cookie', 32));
}

const AAD = Buffer.from(OIDC_LOGIN_COOKIE);

export function sealLoginState(key: Buffer, state: LoginState): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(JSON.stringify(state), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** The login state in a cookie value, or undefined when it was not made by us, was altered, or has expired. */
export function unsealLoginState(key: Buffer, sealed: string, now = Date.now()): LoginState | undefined {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < 12 + 16 + 2) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12), { authTagLength: 16 });
    decipher.setAAD(AAD);
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    const json = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
    const state: unknown = JSON.parse(json.toString('utf8'));
    return loginStateCheck.Check(state) && state.expiresAt > now ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves the callback's query; the host is never used. */
const ORIGIN_PROBE = 'http://ketenzicht.invalid';

const unavailable = () =>
  new DomainError(
    'OIDC_PROVIDER_UNAVAILABLE',
    503,
    'the identity provider cannot be reached; try again later',
  );

/** fetch's own failures (connection refused, DNS, timeout), as opposed to a provider that answered. */
function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError && error.message === 'fetch failed') return true;
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** A stable code of an error from openid-client, never its message or cause (which may quote the provider). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const { cause } = error;
  if ('code' in error && typeof error.code === 'string') return error.code;
  // fetch's own failure names the network error (ECONNREFUSED, ENOTFOUND) in its cause.
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return error.name;
}

/**
 * The provider's metadata, fetched at first use and kept; a failed discovery
 * is not kept, so the next login tries again.
 */
function discoverer(settings: OidcConfig): (log: FastifyBaseLogger) => Promise<client.Configuration> {
  let pending: Promise<client.Configuration> | undefined;
  const issuer = new URL(settings.issuer);
  return (log) => {
    pending ??= client
      .discovery(issuer, settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        // config.ts allows http:// only for a provider on this machine.
        execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        pending = undefined;
        log.error({ issuer: settings.issuer, reason: reasonOf(error) }, 'oidc discovery failed');
        throw unavailable();
      });
    return pending;
  };
}

export interface OidcRoutesOptions {
  db: Db;
  oidc: OidcConfig;
  policy: SessionStart;
}

const CallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 4096 })),
  state: Type.Optional(Type.String({ maxLength: 1024 })),
  iss: Type.Optional(Type.String({ maxLength: 1024 })),
  error: Type.Optional(Type.String({ maxLength: 256 })),
  error_description: Type.Optional(Type.String({ maxLength: 4096 })),
});
type CallbackQuery = Static<typeof CallbackQuery>;

const Redirect = (description: string) => Type.Null({ description: `${description} (see Location)` });

export async function oidcRoutes(app: App, options: OidcRoutesOptions): Promise<void> {
  const { db, oidc, policy } = options;
  const configuration = discoverer(oidc);
  const key = loginStateKey(oidc.clientSecret);
  const loginCookie = {
    path: `${API_PREFIX}/oidc`,
    httpOnly: true,
    secure: policy.cookieSecure,
    sameSite: 'lax' as const,
  };

  app.get(
    `${API_PREFIX}/oidc/login`,
    {
      schema: {
        tags: ['access'],
        summary: 'Log in through the identity provider (OpenID Connect)',
        description:
          'Redirects to the provider. After the login there, the provider sends the browser to ' +
          '/api/v1/oidc/callback, which starts a session and redirects to `returnTo`.',
        querystring: Type.Object({
          returnTo: Type.Optional(
            Type.String({
              maxLength: 1000,
              description:
                'the portal page to return to after the login (default /): `/` or a path under ' +
                '/raadplegen, /berichtenbox, /operaties, /beheer or /cijfers; anything else is refused',
            }),
          ),
        }),
        response: { 302: Redirect('to the identity provider'), ...problems(400, 429, 503) },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      // The normalised path is what is kept and later redirected to, never the text as sent.
      const returnTo = normaliseReturnPath(request.query.returnTo ?? '/');
      if (returnTo === undefined) {
        throw new ValidationError('INVALID_REQUEST', 'returnTo must be a page of the portal', [
          {
            field: 'querystring.returnTo',
            rule: 'portal-path',
            message: 'returnTo must be a path of the portal on this site, such as /raadplegen',
          },
        ]);
      }
      const config = await configuration(request.log);
      const state = client.randomState();
      const nonce = client.randomNonce();
      const verifier = client.randomPKCECodeVerifier();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: oidc.redirectUri,
        scope: oidc.scopes,
        response_type: 'code',
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      });
      const expiresAt = Date.now() + LOGIN_MINUTES * 60_000;
      reply.setCookie(
        OIDC_LOGIN_COOKIE,
        sealLoginState(key, { state, nonce, verifier, returnTo, expiresAt }),
        {
          ...loginCookie,
          maxAge: LOGIN_MINUTES * 60,
        },
      );
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    `${API_PREFIX}/oidc/callback`,
    {
      schema: {
        tags: ['access'],
        summary: 'Where the identity provider returns the browser after a login',
        description:
          'Checks state, nonce, PKCE and the ID token, then starts a session for the user linked to ' +
          'the provider’s (issuer, sub). An unlinked subject is refused: an administrator links accounts. ' +
          'A refusal is problem+json, or, for a browser (Accept: text/html), a 302 to the portal’s ' +
          '/inloggen?fout=<code>.',
        querystring: CallbackQuery,
        response: {
          302: Redirect('to returnTo, with the session cookie'),
          ...problems(400, 401, 403, 429, 503),
        },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      // The request log would otherwise carry the code and the state in the URL.
      logSerializers: {
        req: (request: FastifyRequest) => ({
          method: request.method,
          url: request.url.split('?')[0],
          host: request.host,
          remoteAddress: request.ip,
        }),
      },
    },
    async (request, reply) => {
      try {
        return await finishLogin(request, reply);
      } catch (error) {
        // A person's browser gets the portal's login page with the reason; a program keeps problem+json.
        if (error instanceof DomainError && request.headers.accept?.includes('text/html'))
          return reply.redirect(`/inloggen?fout=${encodeURIComponent(error.code)}`, 302);
        throw error;
      }
    },
  );

  async function finishLogin(
    request: FastifyRequest<{ Querystring: CallbackQuery }>,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    const sealed = request.cookies[OIDC_LOGIN_COOKIE];
    // One use, whatever the outcome.
    reply.clearCookie(OIDC_LOGIN_COOKIE, loginCookie);
    const pending = sealed ? unsealLoginState(key, sealed) : undefined;
    if (!pending) {
      throw new AuthError(
        'OIDC_STATE_INVALID',
        400,
        `no login was started in this browser in the last ${LOGIN_MINUTES} minutes; start again`,
      );
    }
    if (request.query.state !== pending.state) {
      throw new AuthError('OIDC_STATE_INVALID', 400, 'the state does not match the login started here');
    }
    if (request.query.error !== undefined) {
      const code = /^[a-z_]{1,64}$/.test(request.query.error) ? request.query.error : 'error';
      throw new AuthError('OIDC_PROVIDER_ERROR', 401, `the identity provider refused the login (${code})`);
    }
    const config = await configuration(request.log);
    // The URL the provider redirected to, as registered, so a proxy in front does not change it.
    const currentUrl = new URL(oidc.redirectUri);
    currentUrl.search = new URL(request.url, ORIGIN_PROBE).search;
    let claims: client.IDToken | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      if (isNetworkFailure(error)) throw unavailable();
      request.log.warn({ issuer: oidc.issuer, reason: reasonOf(error) }, 'oidc login refused');
      throw new AuthError('OIDC_LOGIN_FAILED', 401, 'the identity provider’s answer did not pass the checks');
    }
    if (!claims) throw new AuthError('OIDC_LOGIN_FAILED', 401, 'the identity provider sent no ID token');
    const { iss: issuer, sub } = claims;
    const user = await findUserByOidc(db, issuer, sub);
    if (!user) {
      request.log.warn({ issuer, sub }, 'oidc login of an unlinked subject');
      throw new AuthError(
        'OIDC_USER_UNKNOWN',
        403,
        'this identity is not linked to a Ketenzicht user; an administrator must link it first',
      );
    }
    await startSession(db, reply, user.id, policy);
    request.log.info({ userId: user.id, issuer, sub }, 'login (oidc)');
    // Checked again: a login begun before an upgrade that tightened the rule carries the old rule's path.
    return reply.redirect(normaliseReturnPath(pending.returnTo) ?? '/', 302);
  }
}
