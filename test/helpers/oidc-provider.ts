/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 for tests: one
 * confidential client that must use PKCE, and a login that needs no
 * browser: its interaction page logs in `subject` at once, and consent is
 * taken as given, so a test walks the flow by following redirects.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// oidc-provider ships no types; these are the few parts the helper uses.
interface Grant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface GrantClass {
  new (init: { clientId: string; accountId: string }): Grant;
  find(id: string): Promise<Grant | undefined>;
}
interface AuthorizationContext {
  oidc: {
    client: { clientId: string };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    params: { scope?: string };
    provider: { Grant: GrantClass };
  };
}
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: object): Promise<void>;
}
type ProviderClass = new (issuer: string, configuration: object) => Provider;

type Payload = Record<string, unknown>;

/** oidc-provider's storage interface over a Map: its own in-memory adapter would warn on every start. */
function memoryAdapter() {
  const store = new Map<string, { payload: Payload; expiresAt: number }>();
  return class MemoryAdapter {
    readonly model: string;
    constructor(model: string) {
      this.model = model;
    }
    private entries() {
      const now = Date.now();
      return [...store].filter(([key, e]) => key.startsWith(`${this.model}:`) && e.expiresAt > now);
    }
    async upsert(id: string, payload: Payload, expiresIn: number) {
      store.set(`${this.model}:${id}`, { payload: { ...payload }, expiresAt: Date.now() + expiresIn * 1000 });
    }
    async find(id: string) {
      return this.entries().find(([key]) => key === `${this.model}:${id}`)?.[1].payload;
    }
    async findByUid(uid: string) {
      return this.entries().find(([, e]) => e.payload.uid === uid)?.[1].payload;
    }
    async findByUserCode(userCode: string) {
      return this.entries().find(([, e]) => e.payload.userCode === userCode)?.[1].payload;
    }
    async consume(id: string) {
      const entry = store.get(`${this.model}:${id}`);
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(`${this.model}:${id}`);
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, e] of store) if (e.payload.grantId === grantId) store.delete(key);
    }
  };
}

// A specifier the type checker does not resolve, since the package has no declarations.
const PACKAGE: string = 'oidc-provider';

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the next login is: change it between tests. */
  subject: string;
  /** How often the discovery document was fetched. */
  discoveryRequests: number;
  close(): Promise<void>;
}

export interface TestProviderOptions {
  redirectUri: string;
  subject: string;
  /** Listen on this port (default: a free one). */
  port?: number;
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const { default: Provider } = (await import(PACKAGE)) as { default: ProviderClass };
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const clientSecret = randomBytes(32).toString('base64url');
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'ketenzicht',
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    findAccount: async (_ctx: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ sub }) }),
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    adapter: memoryAdapter(),
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    // Consent is given: every login grants the scopes asked for.
    loadExistingGrant: async (ctx: AuthorizationContext) => {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({
        clientId: oidc.client.clientId,
        accountId: oidc.session.accountId,
      });
      grant.addOIDCScope(oidc.params.scope ?? 'openid');
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();
  const test: TestProvider = {
    issuer,
    clientId: 'ketenzicht',
    clientSecret,
    subject: options.subject,
    discoveryRequests: 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/.well-known/openid-configuration') test.discoveryRequests++;
    if (req.url?.startsWith('/interaction/')) {
      provider
        .interactionFinished(req, res, { login: { accountId: test.subject } })
        .catch((error: unknown) => {
          res.statusCode = 500;
          res.end(String(error));
        });
      return;
    }
    handle(req, res);
  });
  return test;
}
