import { expect, test, type Page } from "@playwright/test";
import { signInAsCustomer } from "./fixtures/auth";
import { latestEmail, sql } from "./fixtures/db";
import {
  advanceClocks,
  agreementOf,
  chargesOf,
  createTestProduct,
  expectAccessible,
  screenshots,
  signUpAndApprove,
  whenBilled,
} from "./customer-flows";
import { emulator } from "./fixtures/emulator";
import { isoDay } from "../lib/domain/periods";

// Sign-ups, e-mailed sign-in links and the worker's jobs on a shared 2-core machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });

// Pause and resume with the real scheduler, someone else's ids, and bad input in the manage forms.

async function appToday(): Promise<Date> {
  const { rows } = await sql().query<{ offset: string | null }>(
    `SELECT "offsetMs"::text AS offset FROM "ClockOffset" WHERE id = 1`,
  );
  const now = new Date(Date.now() + Number(rows[0]?.offset ?? 0));
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

async function recurring(agreementId: string) {
  return (await chargesOf(agreementId)).filter((c) => c.type === "RECURRING");
}

async function openSubscription(page: Page, email: string, agreementId: string) {
  await signInAsCustomer(page, email, "/account");
  await page.goto(`/account/subscriptions/${agreementId}`);
}

test("pause: no charge is made while paused; after resuming, the scheduler charges again", async ({
  page,
}) => {
  test.setTimeout(360_000);
  const product = await createTestProduct({
    name: "Ukesavis",
    amount: 5_900,
    interval: { unit: "WEEK", count: 1 },
  });
  const paused = await signUpAndApprove(page, product);
  const control = await signUpAndApprove(page, product);
  const sent = async (agreementId: string) =>
    (await recurring(agreementId)).filter((c) => c.sendState === "SENT").length;
  // Both first charges at Vipps (rows are written before the call), so the pause cancels one there.
  await whenBilled(async () => (await sent(paused.agreement.id)) + (await sent(control.agreement.id)), 2);

  const until = new Date((await appToday()).getTime() + 10 * 86_400_000);
  await openSubscription(page, paused.email, paused.agreement.id);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByLabel("Pause until").fill(isoDay(until));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByText(/No payments until .*; payments planned before then are cancelled/),
  ).toBeVisible();
  await screenshots(page, "subscription-pause-confirm");
  await page.getByRole("button", { name: "Yes, pause" }).click();
  await expect(page.getByText(/Done\. Paused until/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /Paused until/ })).toBeVisible();
  // Paused, not "Active" and "Paused" at once.
  await expect(page.getByText("Paused", { exact: true })).toBeVisible();
  await expect(page.getByText("Active", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, "subscription-paused");
  expect(isoDay((await agreementOf(paused.email)).pausedUntil!)).toBe(isoDay(until));
  // The sign-up and the pause are each confirmed by email, queued with the change they confirm.
  expect((await latestEmail(paused.email, "signup-confirmed"))?.text).toContain(
    `/account/subscriptions/${paused.agreement.id}`,
  );
  expect((await latestEmail(paused.email, "paused"))?.text).toMatch(/\S/);

  // Six days on, the next week is within the scheduler's lead time: the control agreement gets
  // its charge, the paused one none (its week starts inside the pause).
  await advanceClocks({ days: 6 });
  await whenBilled(async () => (await recurring(control.agreement.id)).length, 2);
  const whilePaused = await recurring(paused.agreement.id);
  expect(whilePaused.map((c) => c.status)).toEqual(["CANCELLED"]);
  expect(
    (await emulator.agreement(paused.agreement.vippsAgreementId))
      .charges!.filter((c) => c.type === "RECURRING")
      .map((c) => c.status),
  ).toEqual(["CANCELLED"]);

  await page.reload();
  await page.getByRole("button", { name: "Resume now" }).click();
  await expect(page.getByText("Done. Your subscription is running again.")).toBeVisible();
  expect((await agreementOf(paused.email)).pausedUntil).toBeNull();
  expect((await latestEmail(paused.email, "resumed"))?.text).toContain(
    `/account/subscriptions/${paused.agreement.id}`,
  );

  await advanceClocks({ days: 7 });
  // Planned and sent: the row is written before the call to Vipps, so wait for the send too.
  await whenBilled(
    async () =>
      (await recurring(paused.agreement.id)).filter((c) => c.status !== "CANCELLED" && c.sendState === "SENT")
        .length,
    1,
  );
  const resumed = (await recurring(paused.agreement.id)).find((c) => c.status !== "CANCELLED")!;
  const remote = (await emulator.agreement(paused.agreement.vippsAgreementId)).charges!.find(
    (c) => c.id === resumed.orderId,
  );
  expect(remote?.status).toMatch(/PENDING|DUE/);
  await page.reload();
  await expect(
    page
      .getByRole("region", { name: "Payments" })
      .getByRole("listitem")
      .filter({ hasText: /Planned for|Due on/ }),
  ).toHaveCount(1);
});

test("another customer's agreement or charge: 404 on pages and routes, refused in actions, and nothing changes", async ({
  page,
}) => {
  const product = await createTestProduct({
    name: "Eieravis",
    amount: 9_900,
    initialCharge: { amount: 9_900, description: "Første måned" },
  });
  const owner = await signUpAndApprove(page, product);
  const intruder = await signUpAndApprove(page, { slug: "fjordkaffe-pluss" });
  const [charge] = await chargesOf(owner.agreement.id);
  await page.context().clearCookies();
  expect((await page.request.get(`/api/account/subscriptions/${owner.agreement.id}`)).status()).toBe(401);
  await signInAsCustomer(page, intruder.email, "/account");

  expect((await page.goto(`/account/subscriptions/${owner.agreement.id}`))?.status()).toBe(404);
  expect((await page.goto(`/account/receipts/${charge!.id}`))?.status()).toBe(404);
  expect((await page.request.get(`/api/account/subscriptions/${owner.agreement.id}`)).status()).toBe(404);
  expect((await page.goto("/account"))?.status()).toBe(200);
  await expect(page.getByText("Eieravis")).toHaveCount(0);

  // Actions: the form carries the agreement id; swapping it for someone else's is refused.
  await page.goto(`/account/subscriptions/${intruder.agreement.id}`);
  await page.getByRole("button", { name: "Stop subscription" }).click();
  await page.getByRole("radio", { name: "Now" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page
    .locator('input[name="agreementId"]')
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), owner.agreement.id);
  await page.getByRole("button", { name: "Yes, stop my subscription" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "We could not find that subscription." }),
  ).toBeVisible();

  await page.getByRole("button", { name: "No, keep it" }).click();
  await page.getByRole("button", { name: "Stop subscription" }).click();
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByLabel("Pause until").fill(isoDay(new Date((await appToday()).getTime() + 5 * 86_400_000)));
  await page.getByRole("button", { name: "Continue" }).click();
  // The confirm step re-renders when its preview of the next payment arrives; swap the id after that.
  await expect(page.getByText(/Your next payment will then be|No payment is planned/)).toBeVisible();
  await page
    .locator('input[name="agreementId"]')
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), owner.agreement.id);
  await page.getByRole("button", { name: "Yes, pause" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "We could not find that subscription." }),
  ).toBeVisible();

  expect(await agreementOf(owner.email)).toMatchObject({
    status: "ACTIVE",
    stopAt: null,
    pausedUntil: null,
    stopCause: null,
  });
  expect((await emulator.agreement(owner.agreement.vippsAgreementId)).status).toBe("ACTIVE");
  const { rows } = await sql().query(
    `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "agreementId" = $1 AND "actorType" = 'CUSTOMER'`,
    [owner.agreement.id],
  );
  expect(rows[0].n).toBe(0);
  expect(await agreementOf(intruder.email)).toMatchObject({ status: "ACTIVE", pausedUntil: null });
});

test("bad input in each manage form is named at the field, and nothing changes", async ({ page }) => {
  const variable = await createTestProduct({ name: "Støtte", amount: 50_000, pricingType: "VARIABLE" });
  const { email, agreement } = await signUpAndApprove(page, variable);
  await openSubscription(page, email, agreement.id);

  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByLabel("Pause until")).toHaveAccessibleDescription(/Choose a date\./);
  await expect(page.getByLabel("Pause until")).toBeFocused();
  await page.getByLabel("Pause until").fill("2020-01-01");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByLabel("Pause until")).toHaveAccessibleDescription(
    /Choose a date after today and at most a year ahead/,
  );
  await screenshots(page, "subscription-pause-error");
  await page.getByRole("button", { name: "Back" }).click();

  await page.getByRole("button", { name: "Change amount" }).click();
  const amount = page.getByLabel(/Amount you pay per month/);
  await amount.fill("mye");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(amount).toHaveAccessibleDescription(/Enter an amount, like 250 or 249,50/);
  await amount.fill("0");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(amount).toHaveAccessibleDescription(/Choose an amount from 1 up to the most shown/);
  await amount.fill("501");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(amount).toHaveAccessibleDescription(/Choose an amount from 1 up to the most shown/);
  await expectAccessible(page);
  await amount.fill("250");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(/you pay NOK\s250 per month/)).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Change amount" }).click();

  await page.getByRole("button", { name: "Stop subscription" }).click();
  const reason = page.getByLabel("Why are you stopping? (optional)");
  await reason.fill("x".repeat(501));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(reason).toHaveAccessibleDescription(/This is too long\./);
  await screenshots(page, "subscription-stop-error");

  const stored = await agreementOf(email);
  expect(stored).toMatchObject({ status: "ACTIVE", stopAt: null, pausedUntil: null });
  expect((await emulator.agreement(agreement.vippsAgreementId)).pricing.suggestedMaxAmount).toBe(50_000);
});

test("sign-in and terms pages are accessible too", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=%2Faccount");
  await expectAccessible(page);
  await screenshots(page, "sign-in");
  await page.goto("/terms");
  await expect(page.getByRole("heading", { level: 1, name: "Terms of sale" })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "terms");
});
