import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Journal, type JournalEntry } from "./journal";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "emu-journal-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const state = (entries: JournalEntry[]) => {
  const m = new Map<string, unknown>();
  for (const e of entries) {
    if (e.value === undefined) m.delete(`${e.kind}/${e.id}`);
    else m.set(`${e.kind}/${e.id}`, e.value);
  }
  return Object.fromEntries(m);
};

describe("journal", () => {
  it("replays appended records after a reopen, deletes included", async () => {
    const dir = tempDir();
    const { journal } = Journal.open(dir, false);
    journal.append("agreement", "a1", { status: "PENDING" });
    journal.append("agreement", "a1", { status: "ACTIVE" });
    journal.append("agreement", "a2", { status: "PENDING" });
    journal.append("agreement", "a2", undefined);
    await journal.close();
    const { loaded } = Journal.open(dir, false);
    expect(state(loaded.entries)).toEqual({ "agreement/a1": { status: "ACTIVE" } });
    expect(loaded.replayed).toBe(4);
  });

  it("groups many appends into few writes and resolves sync once they are on disk", async () => {
    const dir = tempDir();
    const { journal } = Journal.open(dir, true);
    for (let i = 0; i < 1000; i++) journal.append("charge", `c${i}`, { i });
    const pendingBefore = journal.pendingCount;
    await journal.sync();
    expect(pendingBefore).toBe(1000);
    expect(journal.pendingCount).toBe(0);
    const file = readdirSync(dir).find((f) => f.startsWith("journal-"))!;
    expect(readFileSync(join(dir, file), "utf8").trim().split("\n")).toHaveLength(1000);
    await journal.close();
  });

  it("compacts into a snapshot, drops covered journals and keeps later writes", async () => {
    const dir = tempDir();
    const { journal } = Journal.open(dir, false);
    journal.append("k", "x", 1);
    journal.append("k", "y", 2);
    await journal.compact([
      { kind: "k", id: "x", value: 1 },
      { kind: "k", id: "y", value: 2 },
    ]);
    journal.append("k", "x", 3);
    await journal.close();
    const files = readdirSync(dir).sort();
    expect(files.filter((f) => f.startsWith("journal-"))).toHaveLength(1);
    expect(files).toContain("snapshot.jsonl");
    const { loaded } = Journal.open(dir, false);
    expect(state(loaded.entries)).toEqual({ "k/x": 3, "k/y": 2 });
    expect(loaded.replayed).toBe(1);
  });

  it("keeps changes made while a snapshot is being written (fuzzy snapshot + newer journal)", async () => {
    const dir = tempDir();
    const { journal } = Journal.open(dir, false);
    const live = new Map<string, number>();
    const set = (id: string, v: number | undefined) => {
      if (v === undefined) live.delete(id);
      else live.set(id, v);
      journal.append("k", id, v);
    };
    for (let i = 0; i < 6000; i++) set(`e${i}`, 0);
    await journal.sync();
    const compacting = journal.compact(
      (function* () {
        for (const [id, value] of live) yield { kind: "k", id, value };
      })(),
    );
    // Writes land while the snapshot is being written in slices.
    await new Promise((r) => setImmediate(r));
    set("e1", 1);
    set("e5999", 2);
    set("e3000", undefined);
    set("new", 3);
    await compacting;
    set("e2", 4);
    await journal.close();
    const { loaded } = Journal.open(dir, false);
    const reloaded = state(loaded.entries);
    expect(reloaded["k/e1"]).toBe(1);
    expect(reloaded["k/e5999"]).toBe(2);
    expect(reloaded).not.toHaveProperty("k/e3000");
    expect(reloaded["k/new"]).toBe(3);
    expect(reloaded["k/e2"]).toBe(4);
    expect(Object.keys(reloaded)).toHaveLength(6000);
  });

  it("ignores a torn last line from a crash mid-write", async () => {
    const dir = tempDir();
    const { journal } = Journal.open(dir, false);
    journal.append("k", "x", 1);
    await journal.close();
    const file = readdirSync(dir).find((f) => f.startsWith("journal-"))!;
    appendFileSync(join(dir, file), '{"s":2,"k":"k","id":"y","v":');
    const { loaded } = Journal.open(dir, false);
    expect(state(loaded.entries)).toEqual({ "k/x": 1 });
  });
});
