/**
 * The HTTP server's common parts: schema-first routes (TypeBox), OpenAPI 3.1
 * at /api/v1/openapi.json with a docs page, security headers and
 * `API-Version` per the NL API Design Rules, request ids, problem+json
 * errors, /health and /ready. Modules add their routes in src/app.ts.
 */

import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { type TypeBoxTypeProvider, TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import helmet from 'helmet';
import Type from 'typebox';
import type { Config } from './config.ts';
import { checkDatabase, type Db } from './db.ts';
// Registers the one definition of the `date` and `date-time` formats every route schema uses.
import './formats.ts';
import { checkJsonBody, hasNulInUrl } from './input.ts';
import { Problem, registerProblemHandlers, sendProblem } from './problem.ts';
import { type TraceContext, traceFrom, traceparent } from './trace.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** W3C trace context of this request (continued from `traceparent`, or new). */
    trace: TraceContext;
  }
}

export const API_VERSION = '1.0.0';
export const API_PREFIX = '/api/v1';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface ServerOptions {
  config: Pick<Config, 'bodyLimit' | 'trustProxy'>;
  db: Db;
  logger: FastifyBaseLogger | boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The API's security headers (the portal widens the CSP for its pages, src/platform/web.ts). */
const HELMET_OPTIONS = {
  // The API serves JSON; only the docs page needs scripts, and swagger-ui sets its own CSP.
  contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginEmbedderPolicy: false,
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
};

/** Errors Fastify raises before a route is found, by their stable code here. */
const FRAMEWORK_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_BAD_URL: { status: 400, code: 'INVALID_URL', detail: 'the path is not validly percent-encoded' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'URL_TOO_LONG', detail: 'a path parameter is too long' },
};

/** Headers of every response (NL API Design Rules): the API version, the request id, the trace, no caching unless said. */
function commonHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('API-Version', API_VERSION);
  reply.header('X-Request-Id', String(request.id));
  if (request.trace) reply.header('traceparent', traceparent(request.trace));
  if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
}

export async function createServer(options: ServerOptions): Promise<App> {
  let counter = 0;
  const app = Fastify({
    loggerInstance: typeof options.logger === 'object' ? options.logger : undefined,
    logger: typeof options.logger === 'boolean' ? options.logger : undefined,
    bodyLimit: options.config.bodyLimit,
    // Only named proxies may set the client address (login throttling counts per address).
    trustProxy: options.config.trustProxy,
    // A caller's X-Request-Id is kept when it is harmless; otherwise we make one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      if (typeof given === 'string' && REQUEST_ID.test(given)) return given;
      counter = (counter + 1) % 1_000_000;
      return `${Date.now().toString(36)}-${process.pid.toString(36)}-${counter.toString(36)}`;
    },
    routerOptions: { maxParamLength: 200 },
    // Errors before routing (a path that is not valid percent-encoding) go through the same funnel,
    // with the security headers the helmet hook would have set; the path itself is never echoed.
    frameworkErrors: (error, request, reply) => {
      const known = FRAMEWORK_ERRORS[error.code] ?? {
        status: 500,
        code: 'INTERNAL_ERROR',
        detail: 'the request could not be routed',
      };
      helmet(HELMET_OPTIONS)(request.raw, reply.raw, () => {
        commonHeaders(request, reply);
        sendProblem(reply, known.status, known.code, known.detail);
      });
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  // JSON only (NL API Design Rules): anything else is 415, not a string body.
  app.removeContentTypeParser('text/plain');
  // Fastify's JSON parser (prototype-poisoning safe), after a check of nesting and NUL characters
  // that PostgreSQL would refuse deep inside a transaction.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, body as string, (error, value) => {
      if (error) return done(error, undefined);
      const problem = checkJsonBody(value);
      if (problem) return done(problem, undefined);
      done(null, value);
    });
  });

  app.addSchema(Problem);
  registerProblemHandlers(app);
  await app.register(cookie);

  app.decorateRequest('trace', undefined as unknown as TraceContext);
  app.addHook('onRequest', async (request) => {
    request.trace = traceFrom(request.headers.traceparent);
  });

  await app.register(fastifyHelmet, HELMET_OPTIONS);
  // Responses in brotli or gzip when the client accepts them (the portal's scripts come precompressed,
  // src/platform/web.ts). Request bodies stay plain JSON: a compressed body could unpack past bodyLimit.
  await app.register(compress, { encodings: ['br', 'gzip'], globalDecompression: false });
  // A NUL in the path or query (`%00`) is refused on every route: no store or log takes it.
  app.addHook('preValidation', async (request, reply) => {
    if (hasNulInUrl(request.url))
      return sendProblem(reply, 400, 'INVALID_CHARACTER', 'the URL contains a NUL character');
  });
  app.addHook('onSend', async (request, reply, payload) => {
    commonHeaders(request, reply);
    return payload;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ketenzicht API',
        version: API_VERSION,
        description:
          'Ketenzicht: detention information, the Berichtenbox, the SKDB and chain statistics for the Dutch criminal justice chain.',
        contact: { name: 'Ketenzicht', url: 'https://github.com/ketenzicht' },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          sourceToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'API token of a source system (ketenzicht tokens create)',
          },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, {
    routePrefix: `${API_PREFIX}/docs`,
    staticCSP: true,
    uiConfig: { deepLinking: true },
  });
  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true } }, async (_request, reply) =>
    reply.header('Cache-Control', 'public, max-age=60').send(app.swagger()),
  );

  const Health = Type.Object({ status: Type.String() });
  app.get(
    '/health',
    { schema: { tags: ['operations'], summary: 'Liveness: the process answers', response: { 200: Health } } },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/ready',
    {
      schema: {
        tags: ['operations'],
        summary: 'Readiness: the database can serve requests now',
        response: { 200: Health, 503: Type.Ref('Problem') },
      },
    },
    // Ready means "send me traffic": the store answers, or is visibly working
    // through its queue. It must answer fast under load too, or an
    // orchestrator takes a busy instance for a dead one (see checkDatabase).
    async (_request, reply) => {
      try {
        await checkDatabase(options.db);
        return { status: 'ready' };
      } catch {
        return sendProblem(reply, 503, 'DATABASE_UNAVAILABLE', 'the database does not answer');
      }
    },
  );
  return app;
}
