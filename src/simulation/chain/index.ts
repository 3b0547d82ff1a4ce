/**
 * The chain partners' deliveries, simulated (see generator.ts): the surface
 * the rest of the simulation uses.
 */
export { CHAIN_NATIONAL, type ChainCalibration } from './calibration.ts';
export { type ChainSink, csvText } from './encoding.ts';
export { ChainGenerator } from './generator.ts';
export type { ChainPart } from './records.ts';
export type { ChainSummary, ChainYear } from './summary.ts';
