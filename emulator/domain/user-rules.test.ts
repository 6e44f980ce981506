import { describe, expect, it } from "vitest";
import { ageOn, AGE_CHECK_FROM, refusedForAge } from "./user-rules";

describe("ageOn", () => {
  it("counts whole years on the UTC date, the birthday itself included", () => {
    expect(ageOn("2012-05-17", Date.UTC(2030, 4, 16, 23, 59))).toBe(17);
    expect(ageOn("2012-05-17", Date.UTC(2030, 4, 17))).toBe(18);
    expect(ageOn("2008-02-29", Date.UTC(2026, 1, 28))).toBe(17);
    expect(ageOn("2008-02-29", Date.UTC(2026, 2, 1))).toBe(18);
    expect(ageOn("not a date", Date.UTC(2026, 0, 1))).toBeNull();
  });
});

describe("refusedForAge", () => {
  const minor = { birthDate: "2012-05-17" };
  it("refuses under-18s only from 9 Dec 2025", () => {
    expect(refusedForAge(minor, AGE_CHECK_FROM - 1)).toBe(false);
    expect(refusedForAge(minor, AGE_CHECK_FROM)).toBe(true);
    expect(refusedForAge({ birthDate: "1990-01-01" }, AGE_CHECK_FROM)).toBe(false);
  });
});
