/**
 * One error funnel: every error leaves the service as RFC 9457
 * application/problem+json. Domain errors keep their code and status; schema
 * violations become 400 with field errors; anything else is a 500 whose
 * details are logged with the request id and never sent.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type, { type Static } from 'typebox';
import { DomainError, type FieldError } from './errors.ts';

export const FieldErrorSchema = Type.Object({
  field: Type.String(),
  rule: Type.String(),
  message: Type.String(),
});

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    code: Type.String({ description: 'stable error code, e.g. PERSON_NOT_FOUND' }),
    requestId: Type.String(),
    errors: Type.Optional(Type.Array(FieldErrorSchema)),
  },
  { $id: 'Problem', title: 'Problem', description: 'RFC 9457 problem details' },
);
export type Problem = Static<typeof Problem>;

/** A route's error responses: each status answers with the one Problem schema. */
export const problems = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [code, Type.Ref('Problem')]));

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Fastify's own error codes, by the stable codes of this API (clients must not depend on a framework's names). */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'EMPTY_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_CONTENT_LENGTH',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};
const CODE_BY_STATUS: Record<number, string> = {
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  413: 'BODY_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
): FastifyReply {
  const body: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    requestId: String(reply.request.id),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json; charset=utf-8').send(body);
}

interface SchemaIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

function schemaErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'body';
  return ((error.validation ?? []) as SchemaIssue[]).map((issue) => {
    const path = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const missing =
      issue.keyword === 'required'
        ? (issue.params?.requiredProperties as string[] | undefined)?.join(', ')
        : undefined;
    const field = [context, path, missing].filter(Boolean).join('.');
    return { field, rule: issue.keyword ?? 'schema', message: `${field} ${issue.message ?? 'is invalid'}` };
  });
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof DomainError) {
      return sendProblem(reply, error.status, error.code, error.message, error.errors);
    }
    if (error.validation) {
      return sendProblem(
        reply,
        400,
        'INVALID_REQUEST',
        'the request does not match the schema',
        schemaErrors(error),
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: bad JSON, body too large, wrong content type, ...
      return sendProblem(
        reply,
        status,
        FASTIFY_CODES[error.code] ?? CODE_BY_STATUS[status] ?? 'BAD_REQUEST',
        error.message,
      );
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(
      reply,
      500,
      'INTERNAL_ERROR',
      'an internal error occurred; quote the requestId when reporting it',
    );
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      404,
      'NOT_FOUND',
      `no route for ${request.method} ${request.routeOptions.url ?? 'this path'}`,
    ),
  );
}
