// The shop the soak runs against: one merchant with the emulator's test sales units, a plan group
// of two monthly plans (one with a paid first month), a weekly plan, a variable-price plan and a
// reserve-and-capture plan; and the customers, each with a phone whose scripted outcome at the
// emulator decides how their payments go.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createMerchant } from "../factories";
import type { TRng } from "./rng";

export type TProductKey = "basis" | "pluss" | "uke" | "variabel" | "reserve";
export type TSignUpOutcome = "approve" | "reject" | "expire";
export type TCustomer = {
  n: number;
  email: string;
  phone: string;
  product: TProductKey;
  outcome: TSignUpOutcome;
  signUpDay: number;
  customerId?: string;
  agreementId?: string;
};
export type TWorld = { slugs: Record<TProductKey, string>; productIds: Record<TProductKey, string> };

// Emulator test users (emulator/README.md): every charge declined; short of money until three days
// after a charge's first attempt; under 18 (since 9 Dec 2025 Vipps refuses the approval in the app
// and tells the merchant nothing: the request stays PENDING until it expires); the first payment fails.
const CARD_DECLINED = "4790000001";
const INSUFFICIENT_FUNDS = "4790000002";
export const UNDER_18 = "4790000003";
const INITIAL_FAILS = "4790000004";

type TProductSpec = {
  name: string;
  pricingType?: "LEGACY" | "VARIABLE";
  intervalUnit?: "WEEK" | "MONTH";
  transactionType?: "DIRECT_CAPTURE" | "RESERVE_CAPTURE";
  amount?: number;
  suggestedMaxAmount?: number;
  initialChargeAmount?: number;
  planGroup?: string;
};

const PRODUCTS: Record<TProductKey, TProductSpec> = {
  basis: { name: "Soak Basis", amount: 9_900, planGroup: "soak" },
  pluss: { name: "Soak Pluss", amount: 19_900, initialChargeAmount: 19_900, planGroup: "soak" },
  uke: { name: "Soak Uke", amount: 4_900, intervalUnit: "WEEK" },
  variabel: { name: "Soak Variabel", pricingType: "VARIABLE", suggestedMaxAmount: 30_000 },
  reserve: { name: "Soak Kasse", amount: 14_900, transactionType: "RESERVE_CAPTURE" },
};

export async function createWorld(): Promise<TWorld> {
  const { merchant } = await createMerchant();
  const tag = randomUUID().slice(0, 6);
  const slugs = {} as Record<TProductKey, string>;
  const productIds = {} as Record<TProductKey, string>;
  for (const [key, spec] of Object.entries(PRODUCTS) as [TProductKey, TProductSpec][]) {
    const variable = spec.pricingType === "VARIABLE";
    const product = await db.product.create({
      data: {
        merchantId: merchant.id,
        slug: `soak-${key}-${tag}`,
        name: spec.name,
        description: "Laget av soak-testen",
        status: "LIVE",
        launchedAt: new Date(),
        pricingType: spec.pricingType ?? "LEGACY",
        intervalUnit: spec.intervalUnit ?? "MONTH",
        intervalCount: 1,
        transactionType: spec.transactionType ?? "DIRECT_CAPTURE",
        retryDays: 2,
        planGroup: spec.planGroup ?? null,
        ...(spec.initialChargeAmount
          ? { initialChargeDescription: "Første måned", initialChargeTransactionType: "DIRECT_CAPTURE" }
          : {}),
        prices: {
          create: [
            {
              market: "NO",
              currency: "NOK",
              amount: variable ? null : spec.amount!,
              suggestedMaxAmount: variable ? spec.suggestedMaxAmount! : null,
              initialChargeAmount: spec.initialChargeAmount ?? null,
            },
          ],
        },
      },
    });
    slugs[key] = product.slug;
    productIds[key] = product.id;
  }
  return { slugs, productIds };
}

/** Customers who arrive over the first `arrivalDays` days, with a mix of sign-up and payment outcomes. */
export function createCustomers(rng: TRng, count: number, arrivalDays: number): TCustomer[] {
  const keys = Object.keys(PRODUCTS) as TProductKey[];
  return Array.from({ length: count }, (_, n) => {
    const product = rng.pick(keys);
    const roll = rng.next();
    const phone =
      roll < 0.06
        ? CARD_DECLINED
        : roll < 0.14
          ? INSUFFICIENT_FUNDS
          : roll < 0.17
            ? UNDER_18
            : roll < 0.2 && product === "pluss"
              ? INITIAL_FAILS
              : `4795${String(100_000 + n).padStart(6, "0")}`;
    const outcome: TSignUpOutcome = rng.chance(0.86) ? "approve" : rng.chance(0.5) ? "reject" : "expire";
    return {
      n,
      email: `soak${n}-${rng.int(1000, 9999)}@example.no`,
      phone,
      product,
      outcome,
      signUpDay: rng.int(0, arrivalDays - 1),
    };
  });
}
