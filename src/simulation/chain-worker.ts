/**
 * The worker thread that makes the background part of the chain extracts
 * (see chain-writer.ts, openChain) while the main thread runs the simulation.
 * It loads the default reference catalog itself and posts the counts when done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { type BackgroundJob, writeBackground } from './chain-writer.ts';

parentPort?.postMessage(writeBackground(workerData as BackgroundJob, defaultReferenceCatalog()));
