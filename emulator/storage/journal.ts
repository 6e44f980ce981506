import {
  closeSync,
  fdatasync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  write,
  existsSync,
  fsync,
} from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

// Durability without a database: every change is one JSON line `{s, k, id, v}` appended to the
// current journal file (v absent = deleted). Lines are written in groups (group commit): callers
// await `sync()`, which resolves once their lines are on disk, so many requests share one write and
// one fdatasync. Compaction writes the whole state as `snapshot.jsonl` (header line `{snapshot, seq}`)
// and starts a new journal file; on start, the snapshot is loaded and newer journal lines replayed.

const writeAsync = promisify(write);
const datasyncAsync = promisify(fdatasync);
const fsyncAsync = promisify(fsync);

export type JournalEntry = { kind: string; id: string; value: unknown };
type Deferred = { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void };

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

const SNAPSHOT = "snapshot.jsonl";
const journalName = (startSeq: number) => `journal-${String(startSeq).padStart(12, "0")}.jsonl`;
const JOURNAL_FILE = /^journal-(\d{12})\.jsonl$/;

function readLines(file: string, onLine: (line: string, last: boolean) => void): void {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (line.trim()) onLine(line, i >= lines.length - 2);
  });
}

export type LoadResult = { entries: JournalEntry[]; replayed: number };

export class Journal {
  private fd: number;
  private seq: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private nextBatch: Deferred | null = null;
  private inflight: Promise<void> | null = null;
  private running = false;
  private closed = false;
  private compacting: Promise<void> | null = null;
  /** Bytes written to the current journal file: the compaction trigger. */
  bytesSinceSnapshot = 0;

  private constructor(
    private readonly dir: string,
    private readonly fsync: boolean,
    seq: number,
  ) {
    this.seq = seq;
    this.fd = openSync(join(dir, journalName(seq + 1)), "a");
  }

  /** Reads snapshot + journals in order and opens a fresh journal file for new writes. */
  static open(dir: string, fsync: boolean): { journal: Journal; loaded: LoadResult } {
    mkdirSync(dir, { recursive: true });
    const entries: JournalEntry[] = [];
    let seq = 0;
    const snapshotFile = join(dir, SNAPSHOT);
    if (existsSync(snapshotFile)) {
      readLines(snapshotFile, (line, last) => {
        try {
          const rec = JSON.parse(line) as {
            snapshot?: number;
            seq?: number;
            k: string;
            id: string;
            v: unknown;
          };
          if (rec.snapshot !== undefined) seq = rec.seq ?? 0;
          else entries.push({ kind: rec.k, id: rec.id, value: rec.v });
        } catch (e) {
          if (!last) throw e;
        }
      });
    }
    const snapshotSeq = seq;
    let replayed = 0;
    const files = readdirSync(dir)
      .filter((f) => JOURNAL_FILE.test(f))
      .sort();
    for (const file of files) {
      readLines(join(dir, file), (line, last) => {
        let rec: { s: number; k: string; id: string; v?: unknown };
        try {
          rec = JSON.parse(line) as typeof rec;
        } catch (e) {
          // A torn final line from a crash mid-write: everything before it is intact.
          if (last) return;
          throw e;
        }
        if (rec.s <= snapshotSeq) return;
        entries.push({ kind: rec.k, id: rec.id, value: rec.v });
        seq = Math.max(seq, rec.s);
        replayed++;
      });
    }
    const journal = new Journal(dir, fsync, seq);
    // Older journal files stay until the next compaction has their content in a snapshot.
    return { journal, loaded: { entries, replayed } };
  }

  append(kind: string, id: string, value: unknown): void {
    if (this.closed) return;
    this.seq++;
    const line =
      value === undefined
        ? JSON.stringify({ s: this.seq, k: kind, id })
        : JSON.stringify({ s: this.seq, k: kind, id, v: value });
    this.pending.push(line);
    this.pendingBytes += line.length + 1;
    this.nextBatch ??= deferred();
    if (!this.running) {
      this.running = true;
      setImmediate(() => void this.run());
    }
  }

  /** Resolves when everything appended so far is written (and fdatasync'ed unless fsync is off). */
  sync(): Promise<void> {
    return this.nextBatch?.promise ?? this.inflight ?? Promise.resolve();
  }

  private async run(): Promise<void> {
    while (this.pending.length > 0) {
      const lines = this.pending;
      const batch = this.nextBatch ?? deferred();
      this.pending = [];
      this.pendingBytes = 0;
      this.nextBatch = null;
      this.inflight = batch.promise;
      try {
        const data = lines.join("\n") + "\n";
        await writeAsync(this.fd, data);
        if (this.fsync) await datasyncAsync(this.fd);
        this.bytesSinceSnapshot += data.length;
        batch.resolve();
      } catch (e) {
        batch.reject(e);
      }
    }
    this.inflight = null;
    this.running = false;
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /**
   * Writes `entries` (the complete state, serialized synchronously by the caller's iterator so it is
   * a consistent point in time) as the new snapshot and drops the journals it covers.
   */
  compact(entries: Iterable<JournalEntry>): Promise<void> {
    if (this.compacting) return this.compacting;
    this.compacting = this.doCompact(entries).finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  private async doCompact(entries: Iterable<JournalEntry>): Promise<void> {
    await this.sync();
    const seq = this.seq;
    // Switch files at this instant, so every later line lands in a journal newer than the snapshot.
    const oldFd = this.fd;
    this.fd = openSync(join(this.dir, journalName(seq + 1)), "a");
    this.bytesSinceSnapshot = 0;
    const tmp = join(this.dir, `${SNAPSHOT}.tmp`);
    const fd = openSync(tmp, "w");
    try {
      // The state is written in slices while requests go on, so entities may be newer than `seq`.
      // That is fine: every change after `seq` is also a full-entity line in the newer journal, and
      // replaying those on top of the snapshot ends in the exact latest state.
      let slice: string[] = [JSON.stringify({ snapshot: 1, seq })];
      for (const e of entries) {
        slice.push(JSON.stringify({ k: e.kind, id: e.id, v: e.value }));
        if (slice.length >= 2000) {
          await writeAsync(fd, slice.join("\n") + "\n");
          slice = [];
        }
      }
      if (slice.length > 0) await writeAsync(fd, slice.join("\n") + "\n");
      await fsyncAsync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, join(this.dir, SNAPSHOT));
    await this.sync();
    closeSync(oldFd);
    const keep = journalName(seq + 1);
    for (const f of readdirSync(this.dir))
      if (JOURNAL_FILE.test(f) && f < keep) rmSync(join(this.dir, f), { force: true });
  }

  async close(): Promise<void> {
    if (this.compacting) await this.compacting.catch(() => {});
    await this.sync();
    this.closed = true;
    closeSync(this.fd);
  }
}
