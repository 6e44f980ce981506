// Builders for integration tests. They go through Abo's own server functions and the emulator's
// user side, so the data is what the real flows would make.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { startSignUp } from "@/lib/server/agreements/start-sign-up";
import { saveSalesUnit } from "@/lib/server/merchant/create-sales-unit";
import { testContext } from "./shared/server-context";
import { EmulatorControl } from "./shared/emulator-control";
import { waitFor } from "./shared/wait-for";

export const emulator = new EmulatorControl(process.env.EMULATOR_URL ?? "http://localhost:4010");

export const EMULATOR_MERCHANTS = {
  NO: {
    msn: "123456",
    currency: "NOK",
    clientId: "abo-test-client",
    clientSecret: "abo-test-secret",
    subscriptionKey: "abo-test-subscription-key",
    phone: "4712345678",
  },
  DK: {
    msn: "223456",
    currency: "DKK",
    clientId: "abo-test-client-dk",
    clientSecret: "abo-test-secret-dk",
    subscriptionKey: "abo-test-subscription-key-dk",
    phone: "4512345678",
  },
  FI: {
    msn: "323456",
    currency: "EUR",
    clientId: "abo-test-client-fi",
    clientSecret: "abo-test-secret-fi",
    subscriptionKey: "abo-test-subscription-key-fi",
    phone: "358401234567",
  },
} as const;

/** The merchant (one per installation) with a test sales unit per market on the emulator. */
export async function createMerchant(overrides: Partial<Prisma.MerchantCreateInput> = {}) {
  const merchant =
    (await db.merchant.findFirst()) ??
    (await db.merchant.create({ data: { name: "Testbutikken", ...overrides } }));
  const units = {} as Record<keyof typeof EMULATOR_MERCHANTS, { id: string }>;
  for (const [market, m] of Object.entries(EMULATOR_MERCHANTS) as [
    keyof typeof EMULATOR_MERCHANTS,
    (typeof EMULATOR_MERCHANTS)["NO"],
  ][]) {
    units[market] = await saveSalesUnit(await testContext({ merchantId: merchant.id }), {
      name: `Test ${market}`,
      environment: "TEST",
      market,
      currency: m.currency,
      msn: m.msn,
      baseUrl: emulator.baseUrl,
      clientId: m.clientId,
      clientSecret: m.clientSecret,
      subscriptionKey: m.subscriptionKey,
      allowUnscheduled: market === "NO",
    });
  }
  return { merchant, salesUnits: units };
}

type TProductInput = Partial<Omit<Prisma.ProductCreateInput, "merchant" | "prices">> & {
  prices?: Prisma.ProductPriceCreateWithoutProductInput[];
};

export async function createProduct(input: TProductInput = {}) {
  const { merchant } = await createMerchant();
  const { prices, ...fields } = input;
  return db.product.create({
    data: {
      merchantId: merchant.id,
      slug: `p-${randomUUID().slice(0, 8)}`,
      name: "Testavis",
      description: "Avis hver dag",
      status: "LIVE",
      pricingType: "LEGACY",
      intervalUnit: "MONTH",
      intervalCount: 1,
      transactionType: "DIRECT_CAPTURE",
      retryDays: 2,
      ...fields,
      prices: { create: prices ?? [{ market: "NO", currency: "NOK", amount: 19_900 }] },
    },
    include: { prices: true },
  });
}

let customerSeq = 0;

/** Signs up through startSignUp, approves as the user in the emulator, and syncs: an ACTIVE agreement. */
export async function createActiveAgreement(
  input: { product?: TProductInput; email?: string; phone?: string; market?: "NO" | "DK" | "FI" } = {},
) {
  const product = await createProduct(input.product);
  const market = input.market ?? "NO";
  const email = input.email ?? `kunde${++customerSeq}-${randomUUID().slice(0, 6)}@example.no`;
  const phone = input.phone ?? EMULATOR_MERCHANTS[market].phone;
  const signUp = await startSignUp(await testContext(), {
    productId: product.id,
    market,
    email,
    phone,
    termsAccepted: true,
  });
  const pending = await db.agreement.findUniqueOrThrow({ where: { id: signUp.agreementId } });
  await emulator.approve(pending.vippsAgreementId!, phone);
  await waitFor(
    async () => (await refreshAgreement(await testContext(), pending.id, "refresh")).to !== "PENDING",
  );
  return { product, signUp, agreement: await db.agreement.findUniqueOrThrow({ where: { id: pending.id } }) };
}

/** The emulator's date n days from its "now", as YYYY-MM-DD. */
export async function emulatorDate(days: number): Promise<string> {
  const { now } = await emulator.clock();
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
