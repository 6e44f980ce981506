import { describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit";

describe("groupCommit", () => {
  it("writes items that arrive together in one write, each caller getting its own result", async () => {
    const writes: number[][] = [];
    const store = groupCommit(
      async (items: number[]) => {
        writes.push(items);
        return items.map((n) => n * 10);
      },
      { maxGroup: 3, maxWritesInFlight: 1 },
    );
    expect(await Promise.all([1, 2, 3, 4, 5].map(store))).toEqual([10, 20, 30, 40, 50]);
    expect(writes).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it("writes an item alone at once (no timer), and after a failed group each item alone", async () => {
    const store = groupCommit(
      async (items: number[]) => {
        if (items.includes(2)) {
          if (items.length > 1) throw new Error("the group failed");
          throw new Error("two is bad");
        }
        return items.map(String);
      },
      { maxGroup: 10, maxWritesInFlight: 2 },
    );
    expect(await store(7)).toBe("7");
    const settled = await Promise.allSettled([1, 2, 3].map(store));
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value : (s.reason as Error).message))).toEqual([
      "1",
      "two is bad",
      "3",
    ]);
  });
});
