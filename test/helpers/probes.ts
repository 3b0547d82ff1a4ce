/**
 * Health probes as an orchestrator sends them (a new connection each time,
 * a timeout, every interval whether or not the last one answered), from a
 * thread of their own: the load generator in the main thread must not delay
 * them, or its own busy event loop would be measured as the service's.
 * Used by test/health-load.test.ts and bench/health.ts.
 */
import http from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export interface ProbeOptions {
  /** e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  paths: readonly string[];
  intervalMs: number;
  /** A probe not answered by then failed (Kubernetes' default timeoutSeconds is 1). */
  timeoutMs: number;
}

export interface ProbeStats {
  path: string;
  sent: number;
  /** Not 200, an error, or no answer within the timeout. */
  failed: number;
  /** The first few failures, for the report. */
  failures: string[];
  /** Latency in ms over all probes, a failed one counted at the time it failed. */
  p50: number;
  p95: number;
  max: number;
}

interface Sample {
  ms: number;
  failure?: string;
}

function probe(url: string, timeoutMs: number): Promise<Sample> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve(
          response.statusCode === 200 ? { ms: ms() } : { ms: ms(), failure: `status ${response.statusCode}` },
        ),
      );
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => resolve({ ms: ms(), failure: error.message }));
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function summarise(path: string, samples: readonly Sample[]): ProbeStats {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const failures = samples.flatMap((s) => (s.failure ? [s.failure] : []));
  return {
    path,
    sent: samples.length,
    failed: failures.length,
    failures: failures.slice(0, 5),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

async function runProbes(options: ProbeOptions): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const samples = new Map(options.paths.map((p) => [p, [] as Sample[]]));
  const inFlight = new Set<Promise<void>>();
  const round = () => {
    for (const [path, list] of samples) {
      const done = probe(options.baseUrl + path, options.timeoutMs).then((sample) => {
        list.push(sample);
        inFlight.delete(done);
      });
      inFlight.add(done);
    }
  };
  round();
  const timer = setInterval(round, options.intervalMs);
  port.once('message', async () => {
    clearInterval(timer);
    await Promise.all(inFlight);
    port.postMessage([...samples].map(([path, list]) => summarise(path, list)));
    port.close();
  });
}

/** Starts probing; `stop()` waits for the probes in flight and gives the figures per path. */
export function startProbes(options: ProbeOptions): { stop(): Promise<ProbeStats[]> } {
  const worker = new Worker(new URL(import.meta.url), { workerData: { probes: options } });
  const result = new Promise<ProbeStats[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    stop: async () => {
      worker.postMessage('stop');
      return await result;
    },
  };
}

if (!isMainThread && (workerData as { probes?: ProbeOptions } | null)?.probes)
  await runProbes((workerData as { probes: ProbeOptions }).probes);
