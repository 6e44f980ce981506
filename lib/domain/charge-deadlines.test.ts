import { describe, expect, it } from "vitest";
import {
  CAPTURE_DEADLINE_DAYS,
  captureDeadlineOf,
  captureTooLate,
  refundDeadlineOf,
  refundTooLate,
} from "./charge-deadlines";

const at = (iso: string) => new Date(iso);
const history = (...events: [string, string, boolean?][]) =>
  events.map(([event, occurred, success = true]) => ({ event, occurred, amount: 10_000, success }));

describe("charge deadlines", () => {
  it("capture: 180 days in Norway, 14 in Denmark and Finland, from the reservation", () => {
    expect(CAPTURE_DEADLINE_DAYS).toEqual({ NO: 180, DK: 14, FI: 14 });
    const reserved = { captureDeadline: null, history: history(["RESERVE", "2030-01-10T08:00:00Z"]) };
    expect(captureDeadlineOf(reserved, "NO")).toEqual(at("2030-07-09T08:00:00Z"));
    expect(captureDeadlineOf(reserved, "DK")).toEqual(at("2030-01-24T08:00:00Z"));
    expect(captureTooLate(reserved, "DK", at("2030-01-24T08:00:00Z"))).toBeNull();
    expect(captureTooLate(reserved, "DK", at("2030-01-24T08:00:01Z"))).toMatch(
      /^Too late to capture: the deadline was 2030-01-24 \(14 days after the reservation in DK\)/,
    );
    expect(captureTooLate(reserved, "NO", at("2030-03-01T00:00:00Z"))).toBeNull();
  });

  it("capture: a stored deadline wins over the history; no reservation, no deadline", () => {
    const stored = { captureDeadline: at("2030-02-01T00:00:00Z"), history: [] };
    expect(captureTooLate(stored, "NO", at("2030-02-02T00:00:00Z"))).toMatch(/2030-02-01/);
    expect(captureDeadlineOf({ captureDeadline: null, history: null }, "NO")).toBeNull();
  });

  it("refund: up to 365 days after the first successful capture", () => {
    const charged = {
      history: history(
        ["RESERVE", "2030-01-10T08:00:00Z"],
        ["CAPTURE", "2030-01-09T08:00:00Z", false],
        ["CAPTURE", "2030-01-12T08:00:00Z"],
        ["CAPTURE", "2030-02-12T08:00:00Z"],
      ),
    };
    expect(refundDeadlineOf(charged)).toEqual(at("2031-01-12T08:00:00Z"));
    expect(refundTooLate(charged, at("2031-01-12T08:00:00Z"))).toBeNull();
    expect(refundTooLate(charged, at("2031-01-13T00:00:00Z"))).toMatch(
      /^Too late to refund: Vipps MobilePay refunds up to 365 days after capture, and this charge was captured on 2030-01-12 \(last day 2031-01-12\)/,
    );
    expect(refundTooLate({ history: [] }, at("2040-01-01T00:00:00Z"))).toBeNull();
  });
});
