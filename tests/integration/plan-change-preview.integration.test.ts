// A change of plan's confirm step against what then happens: for every pricing type × campaign
// type × the product's rule, the previewed next three charges (date and amount) are the charges
// Abo's billing run then creates and the charges the emulator (Vipps) then holds. Real PostgreSQL,
// the emulator over HTTP, the customer portal's own entry points.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PlanChangeCampaign } from "@/lib/generated/prisma/enums";
import { previewFingerprint } from "@/lib/domain/plan-change";
import { runBilling } from "@/lib/server/billing/run-billing";
import { changePlan } from "@/lib/server/customer-portal/change-plan";
import { getSubscription } from "@/lib/server/customer-portal/get-subscription";
import { previewPlanChange } from "@/lib/server/customer-portal/preview-plan-change";
import { createActiveAgreement, createMerchant, createProduct, emulator } from "../factories";
import { setBothClocks } from "./billing-fixtures";
import { customerContext } from "../shared/customer-context";

const RULES: PlanChangeCampaign[] = ["KEEP", "END", "BLOCK"];
// Today is 2030-03-10: the first period starts today, so monthly periods start on the 10th.
const CAMPAIGNS = {
  none: {},
  PRICE_CAMPAIGN: { campaignType: "PRICE_CAMPAIGN", campaignEnd: new Date("2030-06-01T00:00:00Z") },
  PERIOD_CAMPAIGN: { campaignType: "PERIOD_CAMPAIGN", campaignPeriodUnit: "MONTH", campaignPeriodCount: 2 },
  EVENT_CAMPAIGN: {
    campaignType: "EVENT_CAMPAIGN",
    campaignEventDate: new Date("2030-05-01T00:00:00Z"),
    campaignEventText: "sommer",
  },
  FULL_FLEX_CAMPAIGN: {
    campaignType: "FULL_FLEX_CAMPAIGN",
    campaignEnd: new Date("2030-06-01T00:00:00Z"),
    campaignIntervalUnit: "WEEK",
    campaignIntervalCount: 2,
  },
} as const;

type TCase = {
  pricing: "LEGACY" | "VARIABLE" | "FLEXIBLE";
  campaign: keyof typeof CAMPAIGNS;
  rule: PlanChangeCampaign;
};
const CASES: TCase[] = [
  ...(Object.keys(CAMPAIGNS) as (keyof typeof CAMPAIGNS)[]).flatMap((campaign) =>
    RULES.map((rule) => ({ pricing: "LEGACY" as const, campaign, rule })),
  ),
  // Vipps: no campaign with VARIABLE or FLEXIBLE pricing (FACTS §7.4).
  ...RULES.map((rule) => ({ pricing: "VARIABLE" as const, campaign: "none" as const, rule })),
  ...RULES.map((rule) => ({ pricing: "FLEXIBLE" as const, campaign: "none" as const, rule })),
];

const priceOf = (pricing: TCase["pricing"], amount: number, campaign?: number) =>
  pricing === "LEGACY"
    ? { market: "NO" as const, currency: "NOK" as const, amount, campaignPrice: campaign ?? null }
    : pricing === "VARIABLE"
      ? { market: "NO" as const, currency: "NOK" as const, suggestedMaxAmount: amount }
      : { market: "NO" as const, currency: "NOK" as const };

const next3 = (charges: { due: string | Date | null | undefined; amount: number }[]) =>
  charges
    .map((c) => ({ date: new Date(c.due!).toISOString().slice(0, 10), amount: c.amount }))
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, 3);

describe("plan change: the preview is what happens", () => {
  beforeAll(async () => {
    await setBothClocks("2030-03-10T10:00:00Z");
  });

  it.each(CASES)("$pricing × $campaign × $rule", async ({ pricing, campaign, rule }) => {
    const { merchant } = await createMerchant();
    await db.merchant.update({ where: { id: merchant.id }, data: { chargeLeadDays: 3 } });
    const group = `g-${pricing}-${campaign}-${rule}`.toLowerCase().replace(/_/g, "-");
    const { agreement } = await createActiveAgreement({
      product: {
        planGroup: group,
        pricingType: pricing,
        description: null,
        planChangeCampaign: rule,
        ...CAMPAIGNS[campaign],
        prices: [priceOf(pricing, 14_900, campaign === "none" ? undefined : 4_900)],
      },
    });
    const target = await createProduct({
      planGroup: group,
      pricingType: pricing,
      name: "Testavis Pluss",
      prices: [priceOf(pricing, pricing === "VARIABLE" ? 9_900 : 24_900)],
    });
    const who = () => customerContext(agreement.customerId!, { id: "u" });
    const vippsId = agreement.vippsAgreementId!;
    await runBilling(); // the first period is planned at Vipps before the change

    const preview = await previewPlanChange(await who(), {
      agreementId: agreement.id,
      productSlug: target.slug,
    });
    const input = { agreementId: agreement.id, productSlug: target.slug };
    const campaignRuns = pricing === "LEGACY" && campaign !== "none" && campaign !== "PERIOD_CAMPAIGN";
    if (rule === "BLOCK" && campaignRuns) {
      expect(preview.kind).toBe("blocked");
      const detail = await getSubscription(await who(), { agreementId: agreement.id });
      expect(detail!.planChangeBlockedUntil).toBe(preview.kind === "blocked" ? preview.until : "");
      await expect(changePlan(await who(), input)).rejects.toMatchObject({ code: "CONFLICT" });
      expect((await emulator.agreement(vippsId)).pricing.amount).toBe(14_900);
      expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
        productId: agreement.productId,
        amount: 14_900,
      });
      return;
    }
    if (preview.kind !== "ok") throw new Error(`expected a preview, got ${preview.kind}`);
    if (pricing === "LEGACY" && campaign === "PRICE_CAMPAIGN") {
      // The case: the first period was planned at the offer before the change.
      const later = rule === "END" ? 24_900 : 4_900;
      expect(preview.charges).toEqual([
        { date: "2030-03-11", amount: 4_900 },
        { date: "2030-04-10", amount: later },
        { date: "2030-05-10", amount: later },
      ]);
    }
    // Nothing changed by looking.
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).productId).toBe(
      agreement.productId,
    );
    await changePlan(await who(), { ...input, expected: previewFingerprint(preview.charges) });

    // Let the scheduler plan every period of the next months, and send them to Vipps.
    await db.merchant.update({ where: { id: merchant.id }, data: { chargeLeadDays: 120 } });
    await runBilling();
    await db.merchant.update({ where: { id: merchant.id }, data: { chargeLeadDays: 3 } });

    const made = await db.charge.findMany({
      where: { agreementId: agreement.id, type: "RECURRING", status: { not: "CANCELLED" } },
    });
    expect(next3(made)).toEqual(preview.charges);
    const atVipps = (await emulator.charges({ agreementId: vippsId })).filter(
      (c) => c.type === "RECURRING" && c.status !== "CANCELLED",
    );
    expect(next3(atVipps as { due: string; amount: number }[])).toEqual(preview.charges);
    expect(made.every((c) => c.sendState === "SENT")).toBe(true);

    const remote = await emulator.agreement(vippsId);
    if (pricing === "LEGACY") expect(remote.pricing.amount).toBe(24_900);
    if (pricing === "VARIABLE") expect(remote.pricing.suggestedMaxAmount).toBe(9_900);
    if (pricing === "FLEXIBLE") expect(preview.charges).toEqual([]);
    if (pricing === "LEGACY" && campaign !== "none") {
      // Vipps cannot change a campaign: it is still there, whatever Abo decided.
      expect(remote.campaign).toMatchObject({ type: campaign, price: 4_900 });
      expect(preview.campaign).toBe(!campaignRuns ? "none" : rule === "END" ? "ended" : "kept");
    }
  });
});
