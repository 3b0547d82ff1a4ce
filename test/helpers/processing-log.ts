/** Rows in the processing log, written as a route writes them. */
import { recordProcessing } from '../../src/access/processing-log.ts';
import type { Db } from '../../src/platform/db.ts';
import { TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY } from './app.ts';

/** The consultant the logged reads are by. */
const LOG_USER = {
  id: 7,
  username: 'jan.dji',
  displayName: 'Jan',
  email: null,
  organisation: 'DJI',
  roles: ['consultation' as const],
};

/** One logged read of these subjects, in a transaction of its own, as a route records it. */
export function logRead(db: Db, subjects: string[], auditKey = TEST_AUDIT_KEY) {
  return db.transaction().execute((trx) =>
    recordProcessing(trx, {
      trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), parentSpanId: null },
      activity: 'injus-persoonsbeeld',
      operation: 'read',
      startedAt: new Date(),
      status: 'ok',
      subjects,
      user: LOG_USER,
      pseudonymKey: TEST_PSEUDONYM_KEY,
      auditKey,
    }),
  );
}
