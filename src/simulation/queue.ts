/**
 * The simulator's agenda: a binary min-heap of actors keyed by the moment of
 * their next event. Ties are broken by the order in which actors were put in,
 * so the output never depends on the heap's internal layout.
 */

export interface Scheduled {
  /** Moment (see calendar.ts) of the actor's next event. */
  at: number;
  /** Insertion stamp, set by the queue; breaks ties. */
  stamp: number;
}

export class Agenda<T extends Scheduled> {
  readonly #heap: T[] = [];
  #stamps = 0;

  get size(): number {
    return this.#heap.length;
  }

  push(item: T): void {
    item.stamp = this.#stamps++;
    const heap = this.#heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as T;
      if (!before(item, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = item;
  }

  peek(): T | undefined {
    return this.#heap[0];
  }

  pop(): T | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    const n = heap.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && before(heap[right] as T, heap[left] as T)) child = right;
      const c = heap[child] as T;
      if (!before(c, last)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

function before(a: Scheduled, b: Scheduled): boolean {
  return a.at < b.at || (a.at === b.at && a.stamp < b.stamp);
}
