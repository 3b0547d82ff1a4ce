/**
 * Named views into the generated API types (schema.d.ts, `npm run gen:api`):
 * what a call sends and what it gets back, by its path under /api/v1 and its
 * method, so a feature's API file names its types in one line and never
 * repeats a shape the service already declares.
 */
import type { components, paths } from './schema.d.ts';

/** A shared schema of the OpenAPI document, by its name (`$id`). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The API's paths as the portal calls them: without the /api/v1 prefix that lib/api.ts adds. */
type Paths = { [P in keyof paths as P extends `/api/v1${infer Rest}` ? Rest : never]: paths[P] };
type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';
type Operation<P extends keyof Paths, M extends Method> = NonNullable<Paths[P][M]>;

// `unknown`, not `never`, where a call has no such JSON: reading a field of it then fails to compile.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : unknown;

/** The JSON a call answers with this status (200 unless said). */
export type ResponseBody<P extends keyof Paths, M extends Method, Status extends number = 200> =
  Operation<P, M> extends { responses: infer R }
    ? Status extends keyof R
      ? Json<R[Status]>
      : unknown
    : unknown;

/** The JSON body a call sends. */
export type RequestBody<P extends keyof Paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : unknown;
