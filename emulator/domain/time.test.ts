import { describe, expect, it } from "vitest";
import {
  addPeriod,
  batchTimeOfDay,
  dayNumber,
  isoDateTime,
  parseDateTime,
  parseIsoDate,
  periodIndex,
} from "./time";

describe("time helpers", () => {
  it("parses only real calendar dates", () => {
    expect(parseIsoDate("2030-02-28")).toBe(Date.UTC(2030, 1, 28));
    expect(parseIsoDate("2030-02-30")).toBeNull();
    expect(parseIsoDate("2030-2-1")).toBeNull();
    expect(parseIsoDate("30-02-01")).toBeNull();
  });

  it("parses date-times with a zone, tolerating the spec's slash-dated examples", () => {
    expect(parseDateTime("2030-01-01T00:00:00Z")).toBe(Date.UTC(2030, 0, 1));
    expect(parseDateTime("2030/01/01T00:00:00Z")).toBe(Date.UTC(2030, 0, 1));
    expect(parseDateTime("2030-01-01T01:00:00+01:00")).toBe(Date.UTC(2030, 0, 1));
    expect(parseDateTime("2030-01-01")).toBeNull();
    expect(parseDateTime("tomorrow")).toBeNull();
  });

  it("formats without milliseconds", () => {
    expect(isoDateTime(Date.UTC(2030, 0, 1, 7, 0, 0, 123))).toBe("2030-01-01T07:00:00Z");
  });

  it("adds months clamping to the month's end", () => {
    expect(addPeriod(Date.UTC(2030, 0, 31), { unit: "MONTH", count: 1 })).toBe(Date.UTC(2030, 1, 28));
    expect(addPeriod(Date.UTC(2030, 0, 31), { unit: "YEAR", count: 2 })).toBe(Date.UTC(2032, 0, 31));
    expect(addPeriod(Date.UTC(2030, 0, 1), { unit: "WEEK", count: 2 })).toBe(Date.UTC(2030, 0, 15));
  });

  it("numbers interval periods from the anchor", () => {
    const anchor = Date.UTC(2030, 0, 10);
    expect(periodIndex(anchor, Date.UTC(2030, 1, 9), { unit: "MONTH", count: 1 })).toBe(0);
    expect(periodIndex(anchor, Date.UTC(2030, 1, 10), { unit: "MONTH", count: 1 })).toBe(1);
    expect(periodIndex(anchor, Date.UTC(2030, 0, 23), { unit: "WEEK", count: 2 })).toBe(0);
    expect(periodIndex(anchor, Date.UTC(2030, 0, 24), { unit: "WEEK", count: 2 })).toBe(1);
    expect(periodIndex(anchor, Date.UTC(2031, 0, 9), { unit: "YEAR", count: 1 })).toBe(0);
  });

  it("runs the batch at 07:00 UTC of a day", () => {
    const day = dayNumber(Date.UTC(2030, 0, 1, 15));
    expect(new Date(batchTimeOfDay(day)).toISOString()).toBe("2030-01-01T07:00:00.000Z");
  });
});
