import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS } from "../domain/time";
import type { Charge } from "../domain/types";
import { advance, draftInput, makeEngine } from "../test-support/engine";
import { draftAgreement } from "./agreement-ops";
import { approveAgreement } from "./approval";
import { createCharge } from "./charge-ops";
import type { Engine } from "./engine";

const START = Date.UTC(2030, 0, 15, 12, 0, 0);

function activeAgreement(engine: Engine, phone: string) {
  const merchant = engine.store.merchants.get("123456")!;
  const drafted = draftAgreement(engine, merchant, draftInput(), "idem-draft");
  if ("problem" in drafted) throw new Error(drafted.detail);
  approveAgreement(engine, drafted.agreement, phone);
  return drafted.agreement;
}

function charge(engine: Engine, phone: string, due: string, retryDays: number, amount = 10_000): Charge {
  const agreement = activeAgreement(engine, phone);
  const merchant = engine.store.merchants.get("123456")!;
  const c = createCharge(
    engine,
    merchant,
    agreement,
    {
      amount,
      transactionType: "DIRECT_CAPTURE",
      description: "Month",
      type: "RECURRING",
      due,
      retryDays,
      processingMode: "MULTIPLE_ATTEMPTS",
    },
    `idem-${phone}-${due}`,
  );
  if ("problem" in c) throw new Error(c.detail);
  return c;
}

function scenario() {
  const { engine, events } = makeEngine(START);
  const ok = charge(engine, "4712345678", "2030-01-17", 0);
  const declined = charge(engine, "4790000001", "2030-01-17", 2);
  const funds = charge(engine, "4790000002", "2030-01-17", 5);
  const later = charge(engine, "4712345678", "2030-03-30", 1);
  return { engine, events, ok, declined, funds, later };
}

describe("daily batches on the emulator clock", () => {
  it("does nothing before the due date's 07:00 UTC batch", () => {
    const s = scenario();
    advance(s.engine, DAY_MS + 18 * HOUR_MS); // 2030-01-17T06:00Z
    expect([s.ok.status, s.declined.status, s.funds.status]).toEqual(["DUE", "DUE", "DUE"]);
    expect(s.later.status).toBe("PENDING");
  });

  it("charges, retries once per day while DUE, fails after retryDays, and recovers funds on day 3", () => {
    const s = scenario();
    advance(s.engine, DAY_MS + 19 * HOUR_MS); // 2030-01-17T07:00Z
    expect(s.ok.status).toBe("CHARGED");
    expect(s.declined.status).toBe("DUE");
    expect(s.funds.status).toBe("DUE");
    advance(s.engine, DAY_MS); // 18th
    expect(s.declined.status).toBe("DUE");
    advance(s.engine, DAY_MS); // 19th: last retry day for retryDays 2
    expect(s.declined).toMatchObject({ status: "FAILED", failureReason: "user_action_required" });
    expect(s.funds.status).toBe("DUE");
    advance(s.engine, DAY_MS); // 20th: three days after the first attempt
    expect(s.funds.status).toBe("CHARGED");
    expect(s.funds.transactionId).toMatch(/^\d{10}$/);
  });

  it("makes a charge DUE 30 days before its due date", () => {
    const s = scenario();
    advance(s.engine, Date.UTC(2030, 1, 27, 23) - START);
    expect(s.later.status).toBe("PENDING");
    advance(s.engine, 2 * HOUR_MS);
    expect(s.later.status).toBe("DUE");
  });

  it("runs everything in time order with each event stamped at its own instant, the same way every time", () => {
    const run = () => {
      const s = scenario();
      s.events.length = 0;
      advance(s.engine, 10 * DAY_MS);
      return s.events.map((e) => `${e.occurred} ${e.eventType} ${e.failureReason ?? ""}`);
    };
    const first = run();
    expect(first).toEqual(run());
    expect(first).toEqual([
      "2030-01-17T07:00:00Z recurring.charge-captured.v1 ",
      "2030-01-19T07:00:00Z recurring.charge-failed.v1 user_action_required",
      "2030-01-20T07:00:00Z recurring.charge-captured.v1 ",
    ]);
  });

  it("expires a PENDING agreement after 10 minutes", () => {
    const { engine, events } = makeEngine(START);
    const drafted = draftAgreement(engine, engine.store.merchants.get("123456")!, draftInput(), "k");
    if ("problem" in drafted) throw new Error();
    advance(engine, 9 * 60_000);
    expect(drafted.agreement.status).toBe("PENDING");
    advance(engine, 60_000);
    expect(drafted.agreement.status).toBe("EXPIRED");
    expect(events.map((e) => e.eventType)).toEqual(["recurring.agreement-expired.v1"]);
  });
});
