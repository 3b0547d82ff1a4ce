/**
 * Why the Berichtenbox refuses an action, each with its stable code; the one
 * error funnel (platform/problem.ts) turns them into problem+json.
 */
import { ConflictError, DomainError, NotFoundError } from '../platform/errors.ts';
import type { Municipality } from '../reference/index.ts';
import type { NoticeAction } from './box.ts';
import type { NoticeStatus } from './model.ts';

/** Out of reach and absent look the same: another organisation's notice is not there for you. */
export class NoticeNotFound extends NotFoundError {
  constructor() {
    super('NOTICE_NOT_FOUND', 'no such notice here');
  }
}

export class InvalidTransition extends ConflictError {
  /** The state the notice is in (a bulk action reports it per notice). */
  readonly from: NoticeStatus;
  constructor(status: NoticeStatus, action: NoticeAction) {
    super('INVALID_TRANSITION', `a notice that is ${status} cannot take the action ${action}`);
    this.from = status;
  }
}

/** A municipality someone names as recipient must exist today; a merged code says where it went. */
export class UnknownMunicipality extends DomainError {
  constructor(code: string, field: string, successor: Municipality | undefined) {
    const hint = successor ? `; since merged into ${successor.code} ${successor.name}` : '';
    super('UNKNOWN_MUNICIPALITY', 422, `${code} is not a current municipality${hint}`, [
      { field, rule: 'current-municipality', message: `${field} must be a current municipality code` },
    ]);
  }
}

export class ForwardToOwnMunicipality extends DomainError {
  constructor() {
    super('FORWARD_TO_OWN_MUNICIPALITY', 422, 'forward to another municipality than your own', [
      { field: 'municipalityCode', rule: 'other-municipality', message: 'municipalityCode is your own' },
    ]);
  }
}

export class SameMunicipality extends DomainError {
  constructor() {
    super('SAME_MUNICIPALITY', 422, 'the notice goes there already: confirm it instead', [
      {
        field: 'municipalityCode',
        rule: 'other-municipality',
        message: 'municipalityCode is the current one',
      },
    ]);
  }
}

export class AlreadyDelivered extends ConflictError {
  constructor(recipient: string) {
    super('ALREADY_DELIVERED', `${recipient} has this notice already`);
  }
}
