import { describe, expect, it } from "vitest";
import { Scheduler } from "./scheduler";

describe("scheduler", () => {
  it("yields due timers by time, then by creation order, and keeps later ones", () => {
    const s = new Scheduler();
    s.add(30, "charge-attempt", "c");
    s.add(10, "agreement-expiry", "a");
    s.add(20, "charge-visible", "b1");
    s.add(20, "charge-visible", "b2");
    s.add(99, "charge-attempt", "z");
    expect([...s.due(30)].map((t) => t.ref)).toEqual(["a", "b1", "b2", "c"]);
    expect(s.size).toBe(1);
  });

  it("runs timers added while draining if they are due", () => {
    const s = new Scheduler();
    s.add(10, "charge-attempt", "first");
    const seen: string[] = [];
    for (const t of s.due(100)) {
      seen.push(t.ref);
      if (t.ref === "first") s.add(50, "charge-attempt", "retry");
    }
    expect(seen).toEqual(["first", "retry"]);
  });

  it("stays a valid heap under many random inserts", () => {
    const s = new Scheduler();
    const times = Array.from({ length: 500 }, (_, i) => (i * 7919) % 1000);
    times.forEach((t, i) => s.add(t, "charge-attempt", String(i)));
    const out = [...s.due(Infinity)].map((t) => t.at);
    expect(out).toEqual([...times].sort((a, b) => a - b));
  });
});
