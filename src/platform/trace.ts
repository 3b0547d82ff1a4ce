/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/): a request that
 * carries a valid `traceparent` continues that trace; otherwise a new trace
 * starts. Every request gets its own span, sent back in `traceparent`. The
 * processing log records trace and span, so a processing can be followed
 * across the systems of the chain.
 */
import { randomBytes } from 'node:crypto';

export interface TraceContext {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

export function newSpanId(): string {
  return randomBytes(8).toString('hex');
}

export function traceFrom(header: string | string[] | undefined): TraceContext {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? TRACEPARENT.exec(value.trim()) : null;
  if (match?.[1] && match[2] && match[1] !== ZERO_TRACE && match[2] !== ZERO_SPAN) {
    return { traceId: match[1], spanId: newSpanId(), parentSpanId: match[2] };
  }
  return { traceId: randomBytes(16).toString('hex'), spanId: newSpanId(), parentSpanId: null };
}

export function traceparent(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-01`;
}
