/**
 * The operations log (pino). It is read by more people than the data it
 * describes, so it carries no personal data: errors are logged through an
 * allow-list of fields (a database error's query, parameters and detail can
 * hold a thousand persons' BSNs), and requests by their route template, not
 * the path (a path parameter may identify a person). The processing log
 * (src/access/processing-log.ts) is where reads of personal data are recorded.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

/** Digit runs as long as a BSN (9) or SKN (8) or longer: masked in whatever text reaches the log. */
const IDENTIFIER_LIKE = /\d{8,}/g;
const MAX_MESSAGE = 500;

export function maskIdentifiers(text: string): string {
  return text.replace(IDENTIFIER_LIKE, (digits) => '#'.repeat(digits.length));
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  constraint?: unknown;
  stack?: unknown;
  cause?: unknown;
}

/** The fields of an error that may be logged: its kind, code, message, constraint and call stack. */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { message: maskIdentifiers(String(error)) };
  const e = error as ErrorLike;
  const message =
    typeof e.message === 'string' ? maskIdentifiers(e.message.slice(0, MAX_MESSAGE)) : undefined;
  const out: Record<string, unknown> = {
    type: (error as object).constructor?.name ?? 'Error',
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
    ...(message !== undefined ? { message } : {}),
    ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}),
  };
  // Only the frames: the stack's first line repeats the message, unmasked.
  if (typeof e.stack === 'string')
    out.stack = e.stack
      .split('\n')
      .filter((line) => line.startsWith('    at '))
      .join('\n');
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

interface RequestLike {
  method?: string;
  url?: string;
  ip?: string;
  routeOptions?: { url?: string };
}

/** A path with every segment that could identify someone replaced, and without its query. */
export function redactPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path
    .split('/')
    .map((segment) => (/\d{5,}|%|^.{41,}$/.test(segment) ? ':redacted' : segment))
    .join('/');
}

export const logSerializers = {
  err: serializeError,
  error: serializeError,
  req(request: RequestLike) {
    return {
      method: request.method,
      // The route template (`/api/v1/notices/:id`); a path no route matched, redacted.
      url: request.routeOptions?.url ?? redactPath(request.url ?? ''),
      remoteAddress: request.ip,
    };
  },
};

export function createLogger(config: { logLevel: string }, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'ketenzicht' },
      serializers: logSerializers,
    },
    destination,
  );
}
