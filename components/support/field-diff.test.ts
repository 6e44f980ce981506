import { describe, expect, it } from "vitest";
import { diffRows } from "./field-diff";

describe("diffRows", () => {
  it("lists only the fields that changed, before and after", () => {
    expect(
      diffRows({ status: "ACTIVE", amount: 14900, name: "Kari" }, { status: "STOPPED", amount: 14900 }),
    ).toEqual([
      ["status", "ACTIVE", "STOPPED"],
      ["name", "Kari", undefined],
    ]);
  });
  it("shows a new record's fields as added, and plain values whole", () => {
    expect(diffRows(null, { pausedUntil: "2027-01-01" })).toEqual([["pausedUntil", undefined, "2027-01-01"]]);
    expect(diffRows("a", "b")).toEqual([["value", "a", "b"]]);
    expect(diffRows(null, undefined)).toEqual([]);
  });
});
