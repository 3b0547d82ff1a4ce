/**
 * Domain errors with a stable code. One Fastify error handler (see
 * problem.ts) turns them into RFC 9457 application/problem+json.
 */

/** One field-level problem: where (a JSON pointer or a dotted path) and which rule. */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

export class DomainError extends Error {
  override name = 'DomainError';
  readonly code: string;
  readonly status: number;
  readonly errors: FieldError[];

  constructor(code: string, status: number, message: string, errors: FieldError[] = []) {
    super(message);
    this.code = code;
    this.status = status;
    this.errors = errors;
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, message: string) {
    super(code, 404, message);
  }
}

export class ValidationError extends DomainError {
  constructor(code: string, message: string, errors: FieldError[], status: 400 | 422 = 400) {
    super(code, status, message, errors);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string) {
    super(code, 409, message);
  }
}

export class AuthError extends DomainError {}
