/**
 * The statistics environment's public surface: building a release from the
 * chain partners' deliveries, the open-data routes that serve it, and the
 * deliveries' contract (their files and columns), which the simulation
 * writes and the build reads.
 *
 * The portal does not come through here: it imports published.ts (the
 * published tables' shape) directly, because that file imports nothing and
 * this one pulls in DuckDB and Node.
 */
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
export { type OpenDataRoutesOptions, openDataRoutes } from './opendata-routes.ts';
export type { Catalog, Dimension, Measure, TableMeta, Theme } from './published.ts';
