type TWaiting<TItem, TResult> = {
  item: TItem;
  resolve: (result: TResult) => void;
  reject: (error: unknown) => void;
};

/**
 * Group commit: items submitted while a write is under way are written together in the next one,
 * so a burst costs one statement (and one commit) per group instead of one per item. Alone, an item
 * is written at once (next turn of the event loop); there is no timer to wait out. Each caller's
 * promise settles once the write holding its item has committed, as its own statement would. When a
 * group's write fails, each of its items is written alone: one bad item gets its own error and
 * does not take the others down.
 *
 * `write` gets the items in submission order and returns one result per item, in the same order.
 */
export function groupCommit<TItem, TResult>(
  write: (items: TItem[]) => Promise<TResult[]>,
  limits: { maxGroup: number; maxWritesInFlight: number },
): (item: TItem) => Promise<TResult> {
  let waiting: TWaiting<TItem, TResult>[] = [];
  let writesInFlight = 0;
  let scheduled = false;

  function schedule(): void {
    if (scheduled || writesInFlight >= limits.maxWritesInFlight || waiting.length === 0) return;
    scheduled = true;
    // setImmediate, not a microtask: items whose I/O completed in the same phase join the group.
    setImmediate(() => {
      scheduled = false;
      const group = waiting.slice(0, limits.maxGroup);
      waiting = waiting.slice(limits.maxGroup);
      writesInFlight++;
      void writeGroup(group).finally(() => {
        writesInFlight--;
        schedule();
      });
      schedule();
    });
  }

  async function writeGroup(group: TWaiting<TItem, TResult>[]): Promise<void> {
    try {
      const results = await write(group.map((w) => w.item));
      group.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      await Promise.all(
        group.map((w) =>
          write([w.item]).then(
            ([result]) => w.resolve(result!),
            (alone: unknown) => w.reject(alone),
          ),
        ),
      );
    }
  }

  return (item) =>
    new Promise<TResult>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      schedule();
    });
}
