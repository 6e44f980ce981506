import { describe, expect, it } from "vitest";
import { VippsProblemError } from "@/lib/vipps/errors";
import { putOff, type TStoredEvent } from "./event-outcome";

const event = (attempts: number) =>
  ({ id: `e${attempts}`, eventType: "recurring.agreement-stopped.v1", attempts }) as TStoredEvent;

describe("putting events off", () => {
  it("waits as long as Vipps's Retry-After says after a 429", () => {
    const error = new VippsProblemError("FetchAgreement", 429, { title: "Too many" }, 42_000);
    expect(putOff([event(1)], error)).toMatchObject([{ id: "e1", applied: false, retryAfterMs: 42_000 }]);
  });

  it("backs off from 5 s, doubling, to at most an hour otherwise", () => {
    const outage = new VippsProblemError("FetchAgreement", 503, { title: "Down" });
    const waits = [1, 2, 3, 12, 20].map((n) => putOff([event(n)], outage)[0]);
    expect(waits.map((w) => (w && !w.applied ? w.retryAfterMs : null))).toEqual([
      5_000, 10_000, 20_000, 3_600_000, 3_600_000,
    ]);
    expect(waits[0]).toMatchObject({ error: expect.stringContaining("Vipps unavailable") });
  });
});
