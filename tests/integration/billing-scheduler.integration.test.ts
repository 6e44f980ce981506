import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recurringChargeIds } from "@/lib/domain/ids";
import type { TActor } from "@/lib/server/actor";
import { pauseAgreement } from "@/lib/server/agreements/pause-agreement";
import { scheduleStop } from "@/lib/server/agreements/schedule-stop";
import { planDueCharges } from "@/lib/server/billing/plan-due-charges";
import { runBilling } from "@/lib/server/billing/run-billing";
import { sendPlannedCharges } from "@/lib/server/billing/send-planned-charges";
import { handle as handleBillingRun } from "@/jobs/handlers/billing.run";
import { createActiveAgreement, emulator } from "../factories";
import { advanceBothClocks, emulatorCharges, seedActiveAgreements, setBothClocks } from "./billing-fixtures";
import { testContext } from "../shared/server-context";

const staff: TActor = { type: "STAFF", id: "staff-1", email: "agent@abo.test", role: "ADMIN" };

describe("billing scheduler and sender", () => {
  beforeEach(async () => {
    await setBothClocks("2030-03-10T10:00:00Z");
  });

  it("charges each period once, with the orderId and key of agreement and period, however often it runs", async () => {
    const { agreement } = await createActiveAgreement({ product: { retryDays: 4 } });
    const first = await runBilling();
    expect(first.planned?.planned).toBe(1);
    await runBilling();
    await Promise.all([runBilling(), runBilling(), planDueCharges()]);
    const charges = await db.charge.findMany({ where: { agreementId: agreement.id } });
    expect(charges).toHaveLength(1);
    const ids = recurringChargeIds(agreement.id, 0);
    expect(charges[0]).toMatchObject({
      ...ids,
      type: "RECURRING",
      sendState: "SENT",
      amount: 19_900,
      retryDays: 4,
      periodIndex: 0,
    });
    expect(charges[0]!.due?.toISOString().slice(0, 10)).toBe("2030-03-11");
    const remote = await emulator.charges({ agreementId: agreement.vippsAgreementId! });
    expect(remote.map((c) => c.id)).toEqual([ids.orderId]);
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      nextPeriodIndex: 1,
    });
    expect(
      (await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).nextChargeDate
        ?.toISOString()
        .slice(0, 10),
    ).toBe("2030-04-10");

    // A month on, within the lead time (3 days by default): the next period, once.
    await advanceBothClocks({ days: 28 });
    await runBilling();
    await runBilling();
    const next = await db.charge.findMany({
      where: { agreementId: agreement.id },
      orderBy: { periodIndex: "asc" },
    });
    expect(next.map((c) => [c.periodIndex, c.due?.toISOString().slice(0, 10)])).toEqual([
      [0, "2030-03-11"],
      [1, "2030-04-10"],
    ]);
  });

  it("skips paused periods and plans nothing from the stop date on", async () => {
    const paused = await createActiveAgreement();
    const stopping = await createActiveAgreement();
    await runBilling();
    await pauseAgreement(await testContext({ actor: staff }), {
      agreementId: paused.agreement.id,
      until: new Date("2030-05-01T00:00:00Z"),
    });
    await scheduleStop(await testContext({ actor: staff }), { agreementId: stopping.agreement.id });
    await advanceBothClocks({ days: 30 });
    await runBilling();
    expect(await db.charge.count({ where: { agreementId: paused.agreement.id, type: "RECURRING" } })).toBe(1);
    expect(await db.agreement.findUniqueOrThrow({ where: { id: paused.agreement.id } })).toMatchObject({
      nextPeriodIndex: 2,
    });
    expect(await db.charge.count({ where: { agreementId: stopping.agreement.id, type: "RECURRING" } })).toBe(
      1,
    );
    expect(
      (await db.agreement.findUniqueOrThrow({ where: { id: stopping.agreement.id } })).nextChargeDate,
    ).toBeNull();
  });

  it("sends many charges in one bulk call, keyed by the batch's content", async () => {
    const { agreements } = await seedActiveAgreements(40);
    const calls = await db.vippsCall.count();
    const result = await runBilling();
    expect(result.planned?.planned).toBe(40);
    expect(result.sent).toMatchObject({ sent: 40, rejected: 0 });
    const bulk = await db.vippsCall.findMany({ where: { operation: "CreateChargesAsync" } });
    expect(bulk).toHaveLength(1);
    expect(bulk[0]!.idempotencyKey).toMatch(/^bulk-/);
    expect(await db.vippsCall.count()).toBe(calls + 1);
    const seeded = new Set(agreements.map((a) => a.vippsAgreementId));
    const remote = (await emulatorCharges()).filter((c) => seeded.has(c.agreementId));
    expect(remote).toHaveLength(40);
    expect(new Set(remote.map((c) => c.agreementId)).size).toBe(40);
    expect(
      await db.charge.count({
        where: { agreementId: { in: agreements.map((a) => a.id) }, sendState: "SENT" },
      }),
    ).toBe(40);
    expect((await sendPlannedCharges()).sent).toBe(0);
  });

  it("waits as long as Vipps asks (429 + Retry-After): one call, the charges kept for later, the job rescheduled", async () => {
    const { agreements } = await seedActiveAgreements(20);
    const ids = agreements.map((a) => a.id);
    await emulator.setFaults({ rate429: 1, retryAfterSeconds: 30, pathPattern: "/agreements/charges" });
    try {
      const before = await db.vippsCall.count({ where: { operation: "CreateChargesAsync" } });
      await handleBillingRun();
      expect(await db.vippsCall.count({ where: { operation: "CreateChargesAsync" } })).toBe(before + 1);
      const planned = await db.charge.findMany({ where: { agreementId: { in: ids } } });
      expect(planned.every((c) => c.sendState === "PLANNED")).toBe(true);
      const at = Date.parse("2030-03-10T10:00:00Z");
      for (const c of planned) expect(c.nextPollAt!.getTime()).toBeGreaterThan(at + 25_000);
      // No spinning: asking again at once sends nothing.
      expect(await sendPlannedCharges()).toMatchObject({ sent: 0, released: 0 });
      expect(await db.vippsCall.count({ where: { operation: "CreateChargesAsync" } })).toBe(before + 1);
      const [job] = await db.$queryRawUnsafe<{ wait: number }[]>(
        `SELECT extract(epoch FROM start_after - now())::int AS wait FROM pgboss.job WHERE name = 'billing.send' ORDER BY created_on DESC LIMIT 1`,
      );
      expect(job!.wait).toBeGreaterThan(20);
    } finally {
      await emulator.clearFaults();
    }
    await advanceBothClocks({ hours: 1 });
    expect(await sendPlannedCharges()).toMatchObject({ sent: 20 });
  });
});
