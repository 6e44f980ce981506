import { describe, expect, it } from "vitest";
import { isFinalStatus, returnPollDelayMs } from "./subscribe";

describe("return page polling", () => {
  it("polls every 2 s at first, then backs off to at most 15 s", () => {
    expect(returnPollDelayMs(0)).toBe(2_000);
    expect(returnPollDelayMs(10)).toBe(2_000);
    expect(returnPollDelayMs(14)).toBeGreaterThan(4_000);
    expect(returnPollDelayMs(100)).toBe(15_000);
  });

  it("stops on a final status", () => {
    expect(isFinalStatus("PENDING")).toBe(false);
    for (const status of ["ACTIVE", "STOPPED", "EXPIRED"]) expect(isFinalStatus(status)).toBe(true);
  });
});
