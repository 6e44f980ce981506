// What a change of plan does to the agreement's terms and to the next charges — the one place the
// rule lives. Pure; the confirm step's preview and the change itself both call planChangeOutcome,
// and the charges come from the billing calendar (upcomingCharges), so the preview is what happens.
//
// THE RULE, and why (FACTS §4.4, §7.3, §7.5). A change of plan PATCHes the agreement at Vipps: the
// new name, interval and price (LEGACY `pricing.amount`) or ceiling (VARIABLE `suggestedMaxAmount`).
// A campaign cannot be added, changed or removed after sign-up, so whatever Abo decides, the Vipps
// app keeps the campaign's offer text ("49 kr until 1.3.2027, then ordinary price …"), with the
// ordinary price now the new plan's. Each product says what a change does to a campaign still
// running (Product.planChangeCampaign):
// - KEEP (default): the campaign price goes on until the campaign ends, then the new plan's price.
//   This is exactly what the Vipps app says after the PATCH, so Abo and Vipps tell one story.
//   A kept campaign never costs more than the new plan (priceForPeriod takes the lower).
// - END: the new plan's price from the first period not yet planned. Abo records it on the
//   agreement (campaignEndPeriod); Vipps cannot, so its agreement view still shows the offer text
//   while the charges it lists carry the new price. The preview says so, before confirming.
// - BLOCK: no plan change while the campaign runs; the page says from which date it can be done.
// Every charge stays within Vipps's limits: LEGACY charges are at most the agreement price (far
// under the 5× ceiling per interval); VARIABLE charges are the chosen amount, which is also the
// agreement's suggestedMaxAmount, so a user limit (maxAmount) under it makes Vipps ask the user to
// raise it rather than refuse. Charges already planned at Vipps keep their amounts and dates.
import type { PlanChangeCampaign, PricingType } from "@/lib/generated/prisma/enums";
import {
  campaignPriceForPeriod,
  periodStart,
  plannedCharges,
  upcomingCharges,
  type TCalendarAgreement,
  type TOpenCharge,
} from "./billing-calendar";
import { isoDay, type TInterval } from "./periods";

export const PLAN_CHANGE_CAMPAIGN_RULES = [
  "KEEP",
  "END",
  "BLOCK",
] as const satisfies readonly PlanChangeCampaign[];

/** How many charges the confirm step shows. */
export const PREVIEW_CHARGES = 3;
// Campaigns end within a few years; a bounded search keeps a bad row from spinning.
const MAX_PERIODS = 400;

export type TPreviewCharge = { date: string; amount: number };

export type TCurrentAgreement = TCalendarAgreement & {
  /** Abo's now (lib/clock.ts). */
  now: Date;
  /** Charges planned and not settled yet (PENDING, DUE, PROCESSING): they keep their amounts. */
  planned: TOpenCharge[];
};

export type TTargetTerms = {
  pricingType: PricingType;
  amount: number | null;
  suggestedMaxAmount: number | null;
  interval: TInterval | null;
};

export type TPlanChangeOutcome =
  | { kind: "blocked"; until: string | null }
  | {
      kind: "ok";
      /** What the agreement will hold: sent to Vipps (PATCH) and stored in Abo. */
      changes: {
        amount?: number;
        suggestedMaxAmount?: number;
        interval?: TInterval;
        campaignEndPeriod?: number;
      };
      /** LEGACY only: what Abo charges, and (VARIABLE) what Abo stores without telling Vipps. */
      storedAmount: number | null;
      campaign: "none" | "kept" | "ended";
      charges: TPreviewCharge[];
    };

/** The start of the first period from nextPeriodIndex priced at the ordinary price; null if none is on campaign. */
export function campaignRunsUntil(agreement: TCurrentAgreement): Date | null {
  if (!agreement.plan || agreement.pricingType !== "LEGACY") return null;
  let k = agreement.nextPeriodIndex;
  for (let n = 0; n < MAX_PERIODS; k++, n++) {
    if (campaignPriceForPeriod(agreement.pricing, agreement.plan, k) === null)
      return k === agreement.nextPeriodIndex ? null : periodStart(agreement.plan, k);
  }
  // An offer that outlasts the search still runs: it ends no sooner than this.
  return periodStart(agreement.plan, k);
}

/**
 * The outcome of moving `agreement` to `target` under `rule`: the changes to make and the next
 * PREVIEW_CHARGES charges (the ones already planned first, then the calendar on the new terms).
 */
export function planChangeOutcome(
  agreement: TCurrentAgreement,
  target: TTargetTerms,
  rule: PlanChangeCampaign,
): TPlanChangeOutcome {
  const runningUntil = campaignRunsUntil(agreement);
  if (runningUntil && rule === "BLOCK") return { kind: "blocked", until: isoDay(runningUntil) };

  const changes: Extract<TPlanChangeOutcome, { kind: "ok" }>["changes"] = {};
  let storedAmount = agreement.pricing.amount;
  let suggestedMaxAmount = agreement.suggestedMaxAmount;
  if (target.pricingType === "LEGACY" && target.amount !== null) {
    changes.amount = storedAmount = target.amount;
  }
  if (target.pricingType === "VARIABLE" && target.suggestedMaxAmount !== null) {
    // The chosen amount goes with the customer, within the new plan's cap; without one (older
    // agreements) the new plan's cap is the ceiling, as at sign-up.
    const chosen = agreement.pricing.amount;
    storedAmount = chosen === null ? null : Math.min(chosen, target.suggestedMaxAmount);
    changes.suggestedMaxAmount = suggestedMaxAmount = storedAmount ?? target.suggestedMaxAmount;
  }
  let plan = agreement.plan;
  if (
    target.interval &&
    plan &&
    (target.interval.unit !== plan.interval.unit || target.interval.count !== plan.interval.count)
  ) {
    changes.interval = target.interval;
    // Re-anchored at the next period to charge, exactly as update-agreement stores it.
    plan = {
      anchor: periodStart(plan, agreement.nextPeriodIndex),
      anchorIndex: agreement.nextPeriodIndex,
      interval: target.interval,
      campaignPeriod: plan.campaignPeriod,
    };
  }
  let campaign: "none" | "kept" | "ended" = runningUntil ? "kept" : "none";
  let campaignEndPeriod = agreement.pricing.campaignEndPeriod ?? null;
  if (runningUntil && rule === "END") {
    changes.campaignEndPeriod = campaignEndPeriod = agreement.nextPeriodIndex;
    campaign = "ended";
  }

  const planned = plannedCharges(agreement.planned).map((c) => ({ date: isoDay(c.due), amount: c.amount }));
  const future = upcomingCharges(
    {
      ...agreement,
      plan,
      pricing: { ...agreement.pricing, amount: storedAmount, campaignEndPeriod },
      suggestedMaxAmount,
    },
    agreement.now,
    null,
    { count: PREVIEW_CHARGES },
  ).map((c) => ({ date: isoDay(c.due), amount: c.amount }));
  return {
    kind: "ok",
    changes,
    storedAmount,
    campaign,
    charges: [...planned, ...future].slice(0, PREVIEW_CHARGES),
  };
}

/** The preview as one string, sent back with the confirmation so a change never differs from it. */
export function previewFingerprint(charges: TPreviewCharge[]): string {
  return charges.map((c) => `${c.date}:${c.amount}`).join(",");
}
