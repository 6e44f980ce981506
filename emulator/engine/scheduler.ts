export type TimerKind =
  | "agreement-expiry"
  | "charge-visible"
  | "charge-attempt"
  | "charge-unknown-resolves"
  | "reservation-deadline"
  | "profile-cleanup";
export type Timer = { at: number; seq: number; kind: TimerKind; ref: string };

/**
 * Due work on the emulator clock, as a min-heap ordered by (time, creation order), so advancing the
 * clock runs everything in between deterministically. Timers are derived state: handlers re-check
 * the entity, and the heap is rebuilt from the entities after a restart.
 */
export class Scheduler {
  private heap: Timer[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  add(at: number, kind: TimerKind, ref: string): void {
    const timer = { at, seq: this.seq++, kind, ref };
    const h = this.heap;
    h.push(timer);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  peek(): Timer | undefined {
    return this.heap[0];
  }

  pop(): Timer | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }

  /** Pops, in order, every timer due at or before `until`. */
  *due(until: number): Generator<Timer> {
    for (let t = this.peek(); t && t.at <= until; t = this.peek()) {
      this.pop();
      yield t;
    }
  }

  clear(): void {
    this.heap = [];
  }
}

const before = (a: Timer, b: Timer): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);
