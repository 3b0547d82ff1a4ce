/**
 * Group commit: many callers' items written in one transaction (issue 15,
 * docs/decisions/0010). When no write is in flight, what is queued is written
 * at once; items arriving meanwhile wait for the next write. So a lone item
 * waits for no timer, and under load one transaction (one lock hold, one WAL
 * flush) carries every item that arrived during the one before.
 *
 * `append` resolves only after the write's COMMIT has returned, and rejects
 * when the write fails: a failed write rejects every item in it, and the next
 * write starts afresh with what arrived since.
 */
import type { Db } from '../platform/db.ts';

interface Waiting<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<T> {
  readonly #db: Db;
  readonly #write: (trx: Db, items: readonly T[]) => Promise<void>;
  #queue: Waiting<T>[] = [];
  #writing = false;
  /** Writes committed and failed, and items written: for tests and benchmarks. */
  readonly stats = { writes: 0, failed: 0, items: 0 };
  readonly #size: (item: T) => number;
  readonly #maxSize: number;

  /**
   * `size` and `maxSize` bound one write (a statement's parameters are limited):
   * a write takes the waiting items, oldest first, up to `maxSize`, and always at least one.
   */
  constructor(
    db: Db,
    write: (trx: Db, items: readonly T[]) => Promise<void>,
    {
      size = () => 1,
      maxSize = Number.POSITIVE_INFINITY,
    }: { size?: (item: T) => number; maxSize?: number } = {},
  ) {
    this.#db = db;
    this.#write = write;
    this.#size = size;
    this.#maxSize = maxSize;
  }

  /** Resolves once `item` is committed with the others of its write. */
  append(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (!this.#writing) {
        this.#writing = true;
        // After this tick: items appended in the same tick share the first write.
        queueMicrotask(() => void this.#drain());
      }
    });
  }

  /** The next write's items: the oldest waiting, up to the size bound. */
  #next(): Waiting<T>[] {
    let size = 0;
    let n = 0;
    for (const waiting of this.#queue) {
      size += this.#size(waiting.item);
      if (n > 0 && size > this.#maxSize) break;
      n++;
    }
    return this.#queue.splice(0, n);
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        const batch = this.#next();
        try {
          await this.#db.transaction().execute((trx) =>
            this.#write(
              trx,
              batch.map((w) => w.item),
            ),
          );
        } catch (error) {
          this.stats.failed++;
          for (const w of batch) w.reject(error);
          continue;
        }
        this.stats.writes++;
        this.stats.items += batch.length;
        for (const w of batch) w.resolve();
      }
    } finally {
      this.#writing = false;
    }
  }
}
