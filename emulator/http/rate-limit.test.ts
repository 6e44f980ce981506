import { describe, expect, it } from "vitest";
import { seededRandom } from "./faults";
import { RateLimiter } from "./rate-limit";

describe("rate limiter", () => {
  it("allows `limit` requests per key per minute, then says how long to wait", () => {
    const limiter = new RateLimiter(true);
    expect(limiter.hit("CreateCharge:agr:key", 2, 0)).toBeNull();
    expect(limiter.hit("CreateCharge:agr:key", 2, 1000)).toBeNull();
    expect(limiter.hit("CreateCharge:agr:key", 2, 15_000)).toBe(45);
    expect(limiter.hit("CreateCharge:agr:other", 2, 15_000)).toBeNull();
    expect(limiter.hit("CreateCharge:agr:key", 2, 60_000)).toBeNull();
  });

  it("does nothing when switched off", () => {
    const limiter = new RateLimiter(false);
    for (let i = 0; i < 100; i++) expect(limiter.hit("k", 1, i)).toBeNull();
  });
});

describe("seeded fault randomness", () => {
  it("repeats for the same seed", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
