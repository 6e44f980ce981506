import { describe, expect, it } from "vitest";
import { webhookIdentity } from "./webhook-payload";

const event = {
  msn: "123456",
  eventType: "recurring.charge-refunded.v1",
  agreementId: "agr_1",
  chargeId: "abo-a1-p0",
  occurred: "2030-01-01T07:00:00Z",
  amountRefunded: 5_000,
};

describe("webhook identity", () => {
  it("is the same for redeliveries of one event and differs for another event", () => {
    expect(webhookIdentity({ ...event })).toBe(webhookIdentity(event));
    expect(webhookIdentity({ ...event, extra: "a field Vipps added later" })).toBe(webhookIdentity(event));
    expect(webhookIdentity({ ...event, amountRefunded: 10_000 })).not.toBe(webhookIdentity(event));
    expect(webhookIdentity({ ...event, eventType: "recurring.charge-captured.v1" })).not.toBe(
      webhookIdentity(event),
    );
    expect(webhookIdentity({ ...event, occurred: "2030-01-02T07:00:00Z" })).not.toBe(webhookIdentity(event));
  });
});
