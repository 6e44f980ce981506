import { beforeAll, describe, expect, it } from "vitest";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/periods";
import { queueRenewalNotices } from "@/lib/server/email/queue-renewal-notices";
import { createActiveAgreement } from "../factories";
import { setBothClocks } from "./billing-fixtures";
import { testContext } from "../shared/server-context";

// The yearly renewal notice names the next charge the billing calendar gives (the one the account
// page shows), and goes out when that charge is RENEWAL_NOTICE_DAYS away or less — however the
// agreement's stored nextChargeDate reads.
describe("renewal notices", () => {
  const today = new Date("2031-03-10T00:00:00Z");
  const renewal = addDays(today, 10);
  const ids: Record<"due" | "paused" | "planned", string> = { due: "", paused: "", planned: "" };

  beforeAll(async () => {
    await setBothClocks("2030-03-10T10:00:00Z");
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      const { agreement } = await createActiveAgreement({ product: { intervalUnit: "YEAR" } });
      ids[key] = agreement.id;
    }
    // Period 1 of each starts on `renewal`, 10 days after the day the job runs.
    const yearly = { billingAnchor: addDays(renewal, -365), anchorPeriodIndex: 0, nextPeriodIndex: 1 };
    await db.agreement.update({ where: { id: ids.due }, data: { ...yearly, nextChargeDate: renewal } });
    // Paused past the renewal: the scheduler skips that period, so nothing is due in 14 days.
    await db.agreement.update({
      where: { id: ids.paused },
      data: { ...yearly, nextChargeDate: renewal, pausedUntil: addDays(today, 60) },
    });
    // A merchant with a long lead time: the charge is planned at Vipps already, nextChargeDate a year on.
    const planned = await db.agreement.update({
      where: { id: ids.planned },
      data: { ...yearly, nextPeriodIndex: 2, nextChargeDate: addDays(renewal, 365) },
    });
    await db.charge.create({
      data: {
        agreementId: planned.id,
        customerId: planned.customerId,
        orderId: `renewal-${planned.id}`,
        idempotencyKey: `renewal-${planned.id}`,
        type: "RECURRING",
        status: "DUE",
        sendState: "SENT",
        transactionType: planned.transactionType,
        amount: 19_900,
        currency: planned.currency,
        description: "Testavis",
        due: renewal,
        retryDays: 2,
        periodIndex: 1,
        periodStart: renewal,
        periodEnd: addDays(renewal, 365),
      },
    });
    await setClockOffset(today.getTime() + 9 * 3_600_000 - Date.now());
  });

  it("mails the calendar's next charge once, and not a paused agreement's", async () => {
    expect(await queueRenewalNotices(await testContext())).toEqual({ queued: 2 });
    expect(await queueRenewalNotices(await testContext())).toEqual({ queued: 0 });
    const mails = await db.email.findMany({
      where: { kind: "renewal-notice" },
      select: { agreementId: true, dedupeKey: true },
    });
    const day = renewal.toISOString().slice(0, 10);
    expect(mails.map((m) => m.dedupeKey).sort()).toEqual(
      [`renewal-notice:${ids.due}:${day}`, `renewal-notice:${ids.planned}:${day}`].sort(),
    );
  });
});
