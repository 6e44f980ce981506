// Variable-amount products, one source for each figure: the customer chooses the amount at sign-up
// (at most the product's cap), it is what Abo charges and the suggested maximum at Vipps, and a
// change of amount is held to the same cap. Bad amounts: a message at the field, nothing saved.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZStartSubscriptionInput } from "@/lib/schemas/subscribe";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { runBilling } from "@/lib/server/billing/run-billing";
import { changeAmount } from "@/lib/server/customer-portal/change-amount";
import { getSubscription } from "@/lib/server/customer-portal/get-subscription";
import { startSubscription } from "@/lib/server/customer-portal/start-subscription";
import { createProduct, emulator } from "../factories";
import { waitFor } from "../shared/wait-for";
import { setBothClocks } from "./billing-fixtures";
import { customerContext } from "../shared/customer-context";
import { testContext } from "../shared/server-context";

const variable = () =>
  createProduct({
    pricingType: "VARIABLE",
    prices: [{ market: "NO", currency: "NOK", suggestedMaxAmount: 50_000 }],
  });

const form = (slug: string, email: string, amount?: string) =>
  ZStartSubscriptionInput.parse({
    slug,
    market: "NO",
    email,
    phone: "12345678",
    termsAccepted: true,
    ...(amount === undefined ? {} : { amount }),
  });

describe("variable amount", () => {
  beforeAll(async () => {
    await setBothClocks("2030-03-10T10:00:00Z");
  });

  it("the amount chosen at sign-up is the one figure: stored, suggested at Vipps, charged, shown", async () => {
    const product = await variable();
    await startSubscription(await testContext(), {
      ...form(product.slug, "valgt@example.no", "300"),
      locale: "nb",
      clientIp: "10.0.0.2",
    });
    const pending = await db.agreement.findFirstOrThrow({ where: { productId: product.id } });
    expect(pending).toMatchObject({ amount: 30_000, suggestedMaxAmount: 30_000 });
    expect((await emulator.agreement(pending.vippsAgreementId!)).pricing.suggestedMaxAmount).toBe(30_000);

    await emulator.approve(pending.vippsAgreementId!, "4712345678");
    await waitFor(
      async () => (await refreshAgreement(await testContext(), pending.id, "refresh")).to !== "PENDING",
    );
    await runBilling();
    const [charge] = await db.charge.findMany({ where: { agreementId: pending.id, type: "RECURRING" } });
    expect(charge!.amount).toBe(30_000);
    const detail = await getSubscription(await customerContext(pending.customerId!), {
      agreementId: pending.id,
    });
    expect(detail!.terms).toMatchObject({ amount: 30_000, suggestedMaxAmount: 30_000 });
    expect(detail!.amountCap).toBe(50_000);
    expect(detail!.nextCharge?.amount).toBe(30_000);

    // The cap holds for a change of amount too (the issue: NOK 600 over a NOK 500 cap).
    const who = () => customerContext(pending.customerId!, { id: "u", email: "valgt@example.no" });
    await expect(
      changeAmount(await who(), { agreementId: pending.id, amount: 60_000 }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      details: { fieldErrors: { amount: "amountRange" } },
    });
    expect((await emulator.agreement(pending.vippsAgreementId!)).pricing.suggestedMaxAmount).toBe(30_000);
    await changeAmount(await who(), { agreementId: pending.id, amount: 45_000 });
    expect(await db.agreement.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      amount: 45_000,
      suggestedMaxAmount: 45_000,
    });
    expect((await emulator.agreement(pending.vippsAgreementId!)).pricing.suggestedMaxAmount).toBe(45_000);
  });

  it("bad amounts at sign-up: a message at the amount field, and no customer or agreement saved", async () => {
    const product = await variable();
    const before = { customers: await db.customer.count(), agreements: await db.agreement.count() };
    const cases: [string | undefined, string][] = [
      [undefined, "required"],
      ["600", "amountRange"],
    ];
    for (const [amount, key] of cases) {
      await expect(
        startSubscription(await testContext(), {
          ...form(product.slug, "feil@example.no", amount),
          locale: "nb",
          clientIp: "10.0.0.3",
        }),
      ).rejects.toMatchObject({ code: "BAD_INPUT", details: { fieldErrors: { amount: key } } });
    }
    // Refused at the edge, before the product is read: not money, or under Vipps's 1.00 floor.
    for (const [amount, key] of [
      ["tre hundre", "invalidAmount"],
      ["0,50", "amountRange"],
    ]) {
      const parsed = ZStartSubscriptionInput.safeParse({
        slug: product.slug,
        market: "NO",
        email: "feil@example.no",
        phone: "12345678",
        termsAccepted: true,
        amount,
      });
      expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["amount", key]]);
    }
    expect({ customers: await db.customer.count(), agreements: await db.agreement.count() }).toEqual(before);
  });
});
