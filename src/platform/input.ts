/**
 * Checks every request passes before any route sees it: input that the
 * store would refuse deep inside a transaction (a NUL character in text) or
 * that costs more to walk than it is worth (JSON nested thousands deep) is
 * refused at the door with a field-level 400.
 */
import { ValidationError } from './errors.ts';

/** Deepest nesting of objects and arrays a request body may have; the deepest contract shape needs 4. */
export const MAX_JSON_DEPTH = 32;

/** The first problem of a parsed JSON body, or undefined. Walks iteratively: depth is what is being checked. */
export function checkJsonBody(value: unknown): ValidationError | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: 'body', depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof item.value === 'string') {
      if (item.value.includes('\u0000')) return nulError(item.path);
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= MAX_JSON_DEPTH)
      return new ValidationError(
        'INVALID_REQUEST',
        `the body is nested deeper than ${MAX_JSON_DEPTH} levels`,
        [
          {
            field: item.path,
            rule: 'maxDepth',
            message: `${item.path} is nested deeper than ${MAX_JSON_DEPTH} levels`,
          },
        ],
      );
    for (const [key, child] of Object.entries(item.value)) {
      if (key.includes('\u0000')) return nulError(`${item.path}.(a property name)`);
      stack.push({ value: child, path: `${item.path}.${key}`, depth: item.depth + 1 });
    }
  }
  return undefined;
}

function nulError(field: string): ValidationError {
  return new ValidationError('INVALID_REQUEST', 'text may not contain a NUL character', [
    { field, rule: 'noNul', message: `${field} contains a NUL character (\\u0000)` },
  ]);
}

/** A raw or percent-encoded NUL anywhere in the path or query. */
export function hasNulInUrl(url: string): boolean {
  return url.includes('\u0000') || /%00/i.test(url);
}
