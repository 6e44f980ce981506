import { expect, test, type Page } from "@playwright/test";
import { signInAsCustomer } from "./fixtures/auth";
import { sql } from "./fixtures/db";
import {
  agreementOf,
  chargesOf,
  createTestProduct,
  expectAccessible,
  signUpAndApprove,
  uniqueEmail,
  uniquePhone,
  whenBilled,
} from "./customer-flows";
import { emulator } from "./fixtures/emulator";

// Sign-ups, e-mailed sign-in links and the worker's jobs on a shared 2-core machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });

// At phone width: the amount of a variable price chosen at sign-up (bad amounts named at the field,
// nothing saved), and a change of plan whose confirm step lists the next three payments, which the
// change then keeps to.
const PHONE = { width: 390, height: 844 };

async function agreementsOf(email: string): Promise<number> {
  const { rows } = await sql().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Agreement" a JOIN "Customer" c ON c.id = a."customerId" WHERE c.email = $1`,
    [email],
  );
  return rows[0]!.n;
}

async function fitsThePhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test("variable price: the amount is chosen at sign-up, within the product's cap, and is the one figure shown", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  const product = await createTestProduct({ name: "Støtte", amount: 50_000, pricingType: "VARIABLE" });
  const who = { email: uniqueEmail("valgt"), phone: uniquePhone() };
  await page.goto(`/products/${product.slug}?market=NO`);
  await expect(page.getByText("You choose the amount, up to NOK 500 per month")).toBeVisible();
  await page.getByLabel("Email address").fill(who.email);
  await page.getByLabel("Mobile number").fill(who.phone);
  await page.getByLabel(/I accept the .* terms of sale/).check();
  const amount = page.getByLabel("Amount you pay per month (NOK)");
  await expect(amount).toHaveAccessibleDescription(/From 1 to NOK\s500/);

  for (const [typed, message] of [
    ["", /Fill in this field\./],
    ["600", /Choose an amount from 1 up to the most shown/],
    ["tre hundre", /Enter an amount, like 250 or 249,50/],
  ] as const) {
    await amount.fill(typed);
    await page.getByRole("button", { name: "Continue with Vipps" }).click();
    await expect(amount).toHaveAccessibleDescription(message);
    await expect(amount).toBeFocused();
  }
  await fitsThePhone(page);
  await expectAccessible(page);
  expect(await agreementsOf(who.email)).toBe(0);

  await amount.fill("300");
  await page.getByRole("button", { name: "Continue with Vipps" }).click();
  await page.waitForURL(/\/dwo-api-application\/v1\/deeplink\/vippsgateway/);
  await page.getByRole("button", { name: "Approve" }).click();
  await page.waitForURL(/\/subscribe\/return\//);
  await expect(page.getByRole("status").filter({ hasText: /is active/ })).toBeVisible();
  const agreement = await agreementOf(who.email);
  expect((await emulator.agreement(agreement.vippsAgreementId)).pricing.suggestedMaxAmount).toBe(30_000);

  await signInAsCustomer(page, who.email, "/account");
  await page.goto(`/account/subscriptions/${agreement.id}`);
  await expect(page.getByText("NOK 300 per month, the amount you chose")).toBeVisible();
  await expect(page.getByText(/up to NOK\s600|Your own limit/)).toHaveCount(0);
  await fitsThePhone(page);
  await expectAccessible(page);
});

test("plan change during an offer the product ends: the confirm step lists the next three payments, and they hold", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  const group = `g-${Date.now()}`;
  const basis = await createTestProduct({
    name: "UX Basis",
    amount: 14_900,
    planGroup: group,
    campaign: { price: 4_900, end: "2029-06-01", rule: "END" },
  });
  await createTestProduct({ name: "UX Pluss", amount: 24_900, planGroup: group });
  const { email, agreement } = await signUpAndApprove(page, basis);
  // The first period is planned at Vipps (at the offer price) before the customer looks.
  await whenBilled(
    async () =>
      (await chargesOf(agreement.id)).filter((c) => c.type === "RECURRING" && c.sendState === "SENT").length,
    1,
  );
  await signInAsCustomer(page, email, "/account");
  await page.goto(`/account/subscriptions/${agreement.id}`);
  await page.getByRole("button", { name: "Change plan" }).click();
  await page.getByRole("radio", { name: /UX Pluss/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  const preview = page.getByRole("list", { name: "Your next payments" });
  await expect(preview.getByRole("listitem")).toHaveCount(3);
  const items = await preview.getByRole("listitem").allInnerTexts();
  expect(items.map((text) => text.replace(/\s/g, " ").replace(/^.*: /, ""))).toEqual([
    "NOK 49",
    "NOK 249",
    "NOK 249",
  ]);
  await expect(page.getByText(/Your offer ends with this change/)).toBeVisible();
  await fitsThePhone(page);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Yes, change plan" }).click();
  await expect(page.getByText("Done. Your plan is now UX Pluss.")).toBeVisible();
  const remote = await emulator.agreement(agreement.vippsAgreementId);
  expect(remote.pricing.amount).toBe(24_900);
  // Vipps keeps the offer (a campaign cannot be changed); the page says so.
  expect(remote.campaign).toMatchObject({ type: "PRICE_CAMPAIGN", price: 4_900 });
  await expect(page.getByText(/Your offer ended when you changed plan/)).toBeVisible();
  await expectAccessible(page);
});
