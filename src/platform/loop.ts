/**
 * A background job that runs in rounds: run a round, wait, run the next. One
 * loop, each round awaited, so rounds never overlap (no bare setInterval);
 * the first round runs at once; `stop()` ends the loop after the round in
 * progress and waits for it. A failing round is logged and the loop goes on.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface Loop {
  stop(): Promise<void>;
}

export interface LoopOptions {
  intervalMs: number;
  round: (signal: AbortSignal) => Promise<void>;
  onError: (error: unknown) => void;
}

export function startLoop({ intervalMs, round, onError }: LoopOptions): Loop {
  const stopping = new AbortController();
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        await round(stopping.signal);
      } catch (error) {
        onError(error);
      }
      await sleep(intervalMs, undefined, { signal: stopping.signal }).catch(() => {});
    }
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
