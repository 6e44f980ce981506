import { db } from "@/lib/db";
import { env, isLocalUrl } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_LOGINS } from "@/lib/demo-logins";
import { systemContext } from "@/lib/server/context/build-context";
import { saveSalesUnit } from "@/lib/server/merchant/create-sales-unit";
import { seedActivity } from "./activity";
import { DEMO_PRODUCTS } from "./products";

// The emulator's built-in test merchants for Denmark and Finland (emulator/README.md).
const EMULATOR_UNITS = [
  {
    market: "DK",
    currency: "DKK",
    msn: "223456",
    clientId: "abo-test-client-dk",
    clientSecret: "abo-test-secret-dk",
    subscriptionKey: "abo-test-subscription-key-dk",
  },
  {
    market: "FI",
    currency: "EUR",
    msn: "323456",
    clientId: "abo-test-client-fi",
    clientSecret: "abo-test-secret-fi",
    subscriptionKey: "abo-test-subscription-key-fi",
  },
] as const;

/** The demo installation. prisma/seed.ts runs it only in demo mode; it writes known staff passwords. */
export async function seedDemo(): Promise<{ created: boolean; summary: string }> {
  if (await db.merchant.count()) return { created: false, summary: "" };
  const config = env();
  const merchant = await db.merchant.create({
    data: {
      name: "Fjordkaffe",
      supportEmail: "hjelp@fjordkaffe.example",
      supportPhone: "+47 22 00 00 00",
      termsUrl: "/terms",
      refundAdminThreshold: 100_000,
      onboardingCompletedAt: new Date(),
    },
  });
  const ctx = await systemContext({ merchantId: merchant.id });
  await saveSalesUnit(ctx, {
    name: "Fjordkaffe Norge (test)",
    environment: "TEST",
    market: config.VIPPS_MARKET,
    currency: ({ NO: "NOK", DK: "DKK", FI: "EUR" } as const)[config.VIPPS_MARKET],
    msn: config.VIPPS_MERCHANT_SERIAL_NUMBER,
    baseUrl: config.VIPPS_BASE_URL,
    clientId: config.VIPPS_CLIENT_ID,
    clientSecret: config.VIPPS_CLIENT_SECRET,
    subscriptionKey: config.VIPPS_SUBSCRIPTION_KEY,
    allowUnscheduled: true,
  });
  // Denmark and Finland only against the local emulator, whose test merchants these are.
  if (isLocalUrl(config.VIPPS_BASE_URL)) {
    for (const unit of EMULATOR_UNITS) {
      await saveSalesUnit(ctx, {
        name: `Fjordkaffe ${unit.market} (test)`,
        environment: "TEST",
        baseUrl: config.VIPPS_BASE_URL,
        ...unit,
      });
    }
  }

  for (const [index, product] of DEMO_PRODUCTS.entries()) {
    const { prices, ...fields } = product;
    await db.product.create({
      data: {
        ...fields,
        merchantId: merchant.id,
        status: "LIVE",
        sortOrder: index,
        launchedAt: new Date(),
        prices: { create: prices },
      },
    });
  }

  for (const login of DEMO_LOGINS) {
    if (!login.password) continue;
    await db.user.create({
      data: {
        email: login.email,
        name: login.role,
        role: login.role === "Admin" ? "ADMIN" : "SUPPORT",
        merchantId: merchant.id,
        passwordHash: await hashPassword(login.password),
      },
    });
  }
  const kari = await db.customer.create({
    data: {
      merchantId: merchant.id,
      email: "kari@example.no",
      phone: config.VIPPS_TEST_PHONE,
      name: "Kari Nordmann",
      locale: "nb",
      market: "NO",
    },
  });
  await db.user.create({
    data: { email: kari.email!, name: kari.name, role: "CUSTOMER", customerId: kari.id },
  });
  const activity = isLocalUrl(config.VIPPS_BASE_URL)
    ? await seedActivity().catch((error: unknown) => `no activity (${String(error)})`)
    : "no activity (not the local emulator)";
  return {
    created: true,
    summary: `merchant, ${DEMO_PRODUCTS.length} products, ${DEMO_LOGINS.length} demo users, ${activity}`,
  };
}
