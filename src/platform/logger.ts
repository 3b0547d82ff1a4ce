/**
 * The operations log (pino). It is read by more people than the data it
 * describes, so it carries no personal data: errors are logged through an
 * allow-list of fields (a database error's query, parameters and detail can
 * hold a thousand persons' BSNs), and requests by their route template, not
 * the path (a path parameter may identify a person). The processing log
 * (src/access/processing-log.ts) is where reads of personal data are recorded.
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';

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

/** Fastify's two lines per request (its messages since v1). */
const REQUEST_MESSAGES = new Set(['incoming request', 'request completed']);

export interface LogOutput {
  /**
   * Lines for a person (time, level, message, fields; colours) instead of one
   * JSON object per line for a log collector. Default: when standard output
   * is a terminal and no destination is given.
   */
  pretty?: boolean;
  /** The level of Fastify's per-request lines: `debug` keeps a demo's terminal quiet. Default `info`. */
  requestLevel?: 'debug' | 'info';
}

/** Moves Fastify's per-request lines from info to debug; every other line keeps its own level. */
function requestLinesAtDebug(): NonNullable<LoggerOptions['hooks']> {
  return {
    logMethod(args, method, levelValue) {
      const message = typeof args[0] === 'string' ? args[0] : args[1];
      if (
        levelValue === pino.levels.values.info &&
        typeof message === 'string' &&
        REQUEST_MESSAGES.has(message)
      )
        return (this as Logger).debug(...(args as [object, string]));
      return method.apply(this, args);
    },
  };
}

export function createLogger(
  config: { logLevel: string },
  destination?: DestinationStream,
  output: LogOutput = {},
): Logger {
  const readable = output.pretty ?? (destination === undefined && process.stdout.isTTY === true);
  return pino(
    {
      level: config.logLevel,
      base: { service: 'ketenzicht' },
      serializers: logSerializers,
      ...(output.requestLevel === 'debug' ? { hooks: requestLinesAtDebug() } : {}),
    },
    // Formatted in this thread (sync): a worker would outlive a crash's last line. The serializers above
    // have already run, so the same allow-list applies to both forms.
    readable
      ? pretty({
          destination: destination ?? 1,
          sync: true,
          colorize: destination === undefined && pretty.isColorSupported,
          translateTime: 'SYS:HH:MM:ss',
          // Fields on the message's line; an error's fields and stack below it.
          singleLine: true,
          ignore: 'pid,hostname,service',
        })
      : destination,
  );
}
