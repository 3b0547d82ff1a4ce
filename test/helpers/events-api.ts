/** The event API as a source system calls it. */
import type { TestApp } from './app.ts';

/** POST /api/v1/events with the token of `source`: one event or a batch. */
export const postEvents = (t: TestApp, body: unknown, source = 'SKDB') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: { authorization: t.auth[source] },
    payload: body as object,
  });
