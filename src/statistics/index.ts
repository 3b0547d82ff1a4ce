/**
 * The statistics environment's public surface: building a release from the
 * chain partners' deliveries, the open-data routes that serve it, and the
 * deliveries' contract (their files and columns), which the simulation
 * writes and the build reads.
 *
 * The portal does not come through here: it imports published.ts (the
 * published tables' shape) directly, because that file imports nothing and
 * this one pulls in Node. DuckDB's native library loads only when a build or
 * the open-data routes start (duck.ts, openDataRoutes below).
 */
import type { App } from '../platform/server.ts';
import type { OpenDataRoutesOptions } from './opendata-routes.ts';

export {
  type BuildOptions,
  type BuildResult,
  buildRelease,
  currentRelease,
  RELEASE_NAME,
} from './build.ts';
export {
  type Column,
  type ColumnType,
  DELIVERIES,
  DELIVERY_FORMATS,
  DELIVERY_NAMES,
  type Delivery,
  type DeliveryFormat,
  type DeliveryName,
  EXECUTED_SANCTIONS,
  type ExecutedSanction,
  OM_DECISIONS,
  type OmDecision,
  VERDICT_OUTCOMES,
  type VerdictOutcome,
} from './deliveries.ts';
export type { LoadReport } from './load.ts';
export type { OpenDataRoutesOptions } from './opendata-routes.ts';
export type { Catalog, Dimension, Measure, TableMeta, Theme } from './published.ts';

/**
 * The open-data routes, loaded when the service registers them: they read
 * the release with DuckDB, which the simulator (it imports this file for the
 * deliveries' contract) must not load.
 */
export async function openDataRoutes(app: App, options: OpenDataRoutesOptions): Promise<void> {
  const routes = await import('./opendata-routes.ts');
  await routes.openDataRoutes(app, options);
}
