// The System page's merchant data is the admin's own merchant's (issue 16): another merchant's sales
// units, webhooks, failed mail and Vipps keys look exactly like missing ones, and checking the
// admin's keys reads and changes nothing of the other merchant's.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { saveSalesUnit } from "@/lib/server/merchant/create-sales-unit";
import { checkVippsTokens } from "@/lib/server/system/check-vipps-tokens";
import { countFailedEmails, listFailedEmails } from "@/lib/server/system/failed-emails";
import { getSystemStatus } from "@/lib/server/system/get-system-status";
import { createMerchant, emulator } from "../factories";
import { testContext } from "../shared/server-context";

const admin: TActor = { type: "STAFF", id: "admin-a", email: "ops@abo.test", role: "ADMIN" };

const failedMail = (to: string, customerId: string | null) =>
  db.email.create({
    data: {
      to,
      subject: "Receipt",
      text: "…",
      kind: "receipt",
      customerId,
      attempts: 6,
      failedAt: new Date("2030-03-10T10:00:00Z"),
      error: "550 mailbox unavailable",
    },
  });

let mine: { unitIds: string[]; mailId: string; staffMailId: string };
let theirs: { merchantId: string; unitId: string; mailId: string };

beforeAll(async () => {
  // Merchant A is the installation's (the first one); B is a second merchant with its own rows.
  const { merchant: a, salesUnits } = await createMerchant();
  const b = await db.merchant.create({ data: { name: "Other shop" } });
  const unitB = await saveSalesUnit(await testContext({ merchantId: b.id }), {
    name: "Other NO",
    environment: "TEST",
    market: "NO",
    currency: "NOK",
    msn: "998877",
    baseUrl: emulator.baseUrl,
    clientId: "other-client",
    clientSecret: "other-secret",
    subscriptionKey: "other-subscription-key",
  });
  const customerA = await db.customer.create({ data: { merchantId: a.id, email: "kari@example.no" } });
  const customerB = await db.customer.create({ data: { merchantId: b.id, email: "ola@example.no" } });
  mine = {
    unitIds: Object.values(salesUnits).map((u) => u.id),
    mailId: (await failedMail("kari@example.no", customerA.id)).id,
    // Mail to no customer (a staff invitation) is the installation's: every merchant's admin sees it.
    staffMailId: (await failedMail("new-staff@abo.test", null)).id,
  };
  theirs = {
    merchantId: b.id,
    unitId: unitB.id,
    mailId: (await failedMail("ola@example.no", customerB.id)).id,
  };
});

describe("the System page, scoped to the admin's merchant", () => {
  it("shows none of another merchant's sales units, webhooks or failed mail", async () => {
    const ctx = await testContext({ actor: admin });
    expect(ctx.merchantId).not.toBe(theirs.merchantId);
    const status = await getSystemStatus(ctx);
    expect(status.salesUnits.map((u) => u.id).sort()).toEqual([...mine.unitIds].sort());
    expect(status.webhooks.map((w) => w.salesUnitId)).not.toContain(theirs.unitId);
    expect(status.failedEmails.map((e) => e.id).sort()).toEqual([mine.mailId, mine.staffMailId].sort());
    expect(status.failedEmailCount).toBe(2);
    expect((await listFailedEmails(ctx, 50)).map((e) => e.id)).not.toContain(theirs.mailId);
    expect(await countFailedEmails(ctx)).toBe(2);

    // The other merchant's admin sees theirs (and the installation's), not A's.
    const other = await testContext({ actor: admin, merchantId: theirs.merchantId });
    const otherStatus = await getSystemStatus(other);
    expect(otherStatus.salesUnits.map((u) => u.id)).toEqual([theirs.unitId]);
    expect(otherStatus.failedEmails.map((e) => e.id).sort()).toEqual(
      [theirs.mailId, mine.staffMailId].sort(),
    );
  });

  it("checks only the admin's own merchant's Vipps keys and changes nothing of another's", async () => {
    const before = await db.salesUnit.findUniqueOrThrow({ where: { id: theirs.unitId } });
    const results = await checkVippsTokens(await testContext({ actor: admin }));
    expect(results.map((r) => r.salesUnitId).sort()).toEqual([...mine.unitIds].sort());
    expect(await db.salesUnit.findUniqueOrThrow({ where: { id: theirs.unitId } })).toEqual(before);
    expect(await db.email.findUniqueOrThrow({ where: { id: theirs.mailId } })).toMatchObject({
      failedAt: expect.any(Date),
      attempts: 6,
    });
  });
});
