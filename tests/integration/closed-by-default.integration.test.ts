// Closed by default (issue 13, finding 8): a change says "nothing was changed" only when nothing
// was. Text PostgreSQL cannot store is refused at the schema edge with a message at the field;
// behind the edge, a state change and its audit entry commit together or not at all.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZPauseSubscriptionInput } from "@/lib/schemas/account";
import { runBilling } from "@/lib/server/billing/run-billing";
import { pauseSubscription } from "@/lib/server/customer-portal/pause-subscription";
import { stopSubscription } from "@/lib/server/customer-portal/stop-subscription";
import { createActiveAgreement, emulator } from "../factories";
import { setBothClocks } from "./billing-fixtures";
import { customerContext } from "../shared/customer-context";

const who = (agreement: { customerId: string | null }) => customerContext(agreement.customerId!);

/** Everything a pause or a stop could touch, in Abo and at Vipps. */
async function stateOf(agreement: { id: string; vippsAgreementId: string | null }) {
  const row = await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
  const charges = await db.charge.findMany({
    where: { agreementId: agreement.id },
    orderBy: { id: "asc" },
    select: { id: true, status: true, sendState: true, updatedAt: true },
  });
  return {
    agreement: { pausedUntil: row.pausedUntil, stopAt: row.stopAt, stopReason: row.stopReason },
    charges,
    atVipps: (await emulator.agreement(agreement.vippsAgreementId!)).charges?.map((c) => [c.id, c.status]),
    audit: await db.auditEvent.count({ where: { agreementId: agreement.id } }),
    operations: await db.vippsOperation.count({
      where: { OR: [{ agreementId: agreement.id }, { chargeId: { in: charges.map((c) => c.id) } }] },
    }),
  };
}

describe("closed by default", () => {
  beforeEach(async () => {
    await setBothClocks("2030-03-10T10:00:00Z");
  });

  it("a pause with a NUL in its reason is refused at the field, and nothing changes", async () => {
    const { agreement } = await createActiveAgreement();
    await runBilling();
    const before = await stateOf(agreement);
    // The charge for the period the pause would skip is at Vipps: a pause would cancel it there.
    expect(before.charges.map((c) => [c.status, c.sendState])).toEqual([["DUE", "SENT"]]);
    const input = { agreementId: agreement.id, until: "2030-05-01", reason: "Ferie\u0000" };

    // The edge: the action's schema names the field.
    const parsed = ZPauseSubscriptionInput.safeParse(input);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "badText"]]);

    // Behind the edge: the pause, the cancelled charges and the audit entry are one transaction,
    // so when the entry cannot be written, the pause is not there and no charge was cancelled.
    await expect(pauseSubscription(await who(agreement), input)).rejects.toThrow();
    expect(await stateOf(agreement)).toEqual(before);
    expect(before.agreement.pausedUntil).toBeNull();
  });

  it("a stop at period end with a NUL in its reason changes nothing either", async () => {
    const { agreement } = await createActiveAgreement();
    await runBilling();
    const before = await stateOf(agreement);
    await expect(
      stopSubscription(await who(agreement), {
        agreementId: agreement.id,
        when: "PERIOD_END",
        reason: "Nei\u0000",
      }),
    ).rejects.toThrow();
    expect(await stateOf(agreement)).toEqual(before);
    expect(before.agreement.stopAt).toBeNull();
  });

  it("the same pause with a storable reason commits the pause, the cancellation and the entry", async () => {
    const { agreement } = await createActiveAgreement();
    await runBilling();
    await pauseSubscription(await who(agreement), {
      agreementId: agreement.id,
      until: "2030-05-01",
      reason: "Ferie på Ærø 🏖️",
    });
    const after = await stateOf(agreement);
    expect(after.agreement.pausedUntil?.toISOString().slice(0, 10)).toBe("2030-05-01");
    expect(after.charges.map((c) => c.status)).toEqual(["CANCELLED"]);
    const entry = await db.auditEvent.findFirstOrThrow({
      where: { agreementId: agreement.id, action: "agreement.pause" },
    });
    expect(entry.reason).toBe("Ferie på Ærø 🏖️");
  });
});
