import { expect, test, type Page } from "@playwright/test";
import { signInAsCustomer } from "./fixtures/auth";
import { runJob } from "./fixtures/db";
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

// Sign-ups, e-mailed sign-in links and the worker's jobs on a shared 2-core machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });

// The account pages (merchantAgreementUrl) against the emulator: what a customer sees, and every
// change they can make, checked in Abo's database and at Vipps (the emulator).

async function openSubscription(page: Page, email: string, agreementId: string) {
  await signInAsCustomer(page, email, "/account");
  await page.goto(`/account/subscriptions/${agreementId}`);
}

async function waitForCharges(agreementId: string, count: number) {
  await whenBilled(
    async () =>
      (await chargesOf(agreementId)).filter((c) => c.type === "RECURRING" && c.sendState === "SENT").length,
    count,
  );
}

test("the account lists each subscription; its page has the payments, in plain words, and a printable receipt", async ({
  page,
}) => {
  const product = await createTestProduct({
    name: "Ukeskaffe",
    amount: 9_900,
    interval: { unit: "WEEK", count: 1 },
    initialCharge: { amount: 4_900, description: "Første uke" },
  });
  const { email, agreement } = await signUpAndApprove(page, product);
  await signInAsCustomer(page, email, "/account");
  await expect(page.getByRole("heading", { level: 1, name: "My subscriptions" })).toBeVisible();
  const card = page.getByRole("region", { name: "Ukeskaffe" });
  await expect(card.getByText("Active", { exact: true })).toBeVisible();
  await expect(card).toContainText("NOK 99 per week");
  await expect(card).toContainText(/Next payment\s*NOK\s99 on/);
  await expectAccessible(page);
  await screenshots(page, "account");

  await card.getByRole("link", { name: "Manage Ukeskaffe" }).click();
  await expect(page).toHaveURL(new RegExp(`/account/subscriptions/${agreement.id}$`));
  const payments = page.getByRole("region", { name: "Payments" });
  const first = payments.getByRole("listitem").filter({ hasText: "First payment" });
  await expect(first).toContainText("Paid with Vipps.");
  await expect(first).toContainText("NOK 49");
  await expectAccessible(page);
  await screenshots(page, "subscription");

  await first.getByRole("link", { name: /^Receipt for Første uke/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Receipt" })).toBeVisible();
  await expect(page.getByText("Paid with", { exact: true })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Vipps$/ })).toBeVisible();
  await expect(page.getByRole("paragraph").filter({ hasText: "Total paid" })).toContainText(/NOK\s49/);
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "receipt");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await page.screenshot({ path: "artifacts/screenshots/receipt-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // Five days on, next week's charge is within the scheduler's lead time: listed as planned, with its date.
  await advanceClocks({ days: 5 });
  await waitForCharges(agreement.id, 1);
  await page.goto(`/account/subscriptions/${agreement.id}`);
  await expect(payments.getByRole("listitem").filter({ hasText: "Subscription" }).first()).toContainText(
    /Planned for|Due on/,
  );
});

test("stop at the end of the paid period: confirmed, later charges cancelled at Vipps now, stopped there when the period ends", async ({
  page,
}) => {
  const product = await createTestProduct({
    name: "Annenhver dag",
    amount: 4_900,
    interval: { unit: "DAY", count: 2 },
  });
  const { email, agreement } = await signUpAndApprove(page, product);
  await waitForCharges(agreement.id, 2);
  const [current, later] = (await chargesOf(agreement.id)).filter((c) => c.type === "RECURRING");

  await openSubscription(page, email, agreement.id);
  await page.getByRole("button", { name: "Stop subscription" }).click();
  await expect(page.getByRole("radio", { name: /At the end of the paid period/ })).toBeChecked();
  await expect(page.getByText("A stopped subscription cannot be restarted.").first()).toBeVisible();
  await page.getByLabel("Why are you stopping? (optional)").fill("Flytter til utlandet");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Stop Annenhver dag?" })).toBeFocused();
  await expectAccessible(page);
  await screenshots(page, "subscription-stop-confirm");
  await page.getByRole("button", { name: "Yes, stop my subscription" }).click();
  await expect(page.getByText(/Done\. Your subscription ends on/)).toBeVisible();
  await expect(page.getByText("Ending", { exact: true })).toBeVisible();
  await screenshots(page, "subscription-ending");

  const stored = await agreementOf(email);
  expect(stored).toMatchObject({ status: "ACTIVE", stopCause: "CUSTOMER" });
  expect(stored.stopAt).not.toBeNull();
  const remote = await emulator.agreement(agreement.vippsAgreementId);
  expect(remote.status).toBe("ACTIVE");
  expect(remote.charges!.find((c) => c.id === later!.orderId)!.status).toBe("CANCELLED");
  expect(remote.charges!.find((c) => c.id === current!.orderId)!.status).not.toBe("CANCELLED");

  // Two days on, the paid period is over: the scheduled-stop job stops it at Vipps.
  await advanceClocks({ days: 2, hours: 1 });
  await runJob("agreements.stop-scheduled");
  await expect
    .poll(async () => (await emulator.agreement(agreement.vippsAgreementId)).status, { timeout: 30_000 })
    .toBe("STOPPED");
  await expect.poll(async () => (await agreementOf(email)).status, { timeout: 30_000 }).toBe("STOPPED");
  await page.reload();
  await expect(page.getByText(/You stopped it on/)).toBeVisible();
});

test("stop now: stopped in Abo and at Vipps at once; the page says it is final", async ({ page }) => {
  const { email, agreement } = await signUpAndApprove(page, { slug: "fjordkaffe-pluss" });
  await openSubscription(page, email, agreement.id);
  await page.getByRole("button", { name: "Stop subscription" }).click();
  await page.getByRole("radio", { name: "Now" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("It ends now, in Vipps too.")).toBeVisible();
  await page.getByRole("button", { name: "Yes, stop my subscription" }).click();
  await expect(page.getByText("Done. Your subscription is stopped.")).toBeVisible();
  await expect(
    page.getByText(/This subscription has ended\. A stopped subscription cannot be restarted/),
  ).toBeVisible();
  expect((await emulator.agreement(agreement.vippsAgreementId)).status).toBe("STOPPED");
  expect(await agreementOf(email)).toMatchObject({ status: "STOPPED", stopCause: "CUSTOMER" });
  await expectAccessible(page);
  await screenshots(page, "subscription-stopped");
});

test("a plan change shows its effect first, then the new price is at Vipps", async ({ page }) => {
  const group = `g-${Date.now()}`;
  const small = await createTestProduct({ name: "Avis Liten", amount: 9_900, planGroup: group });
  await createTestProduct({ name: "Avis Stor", amount: 19_900, planGroup: group });
  const { email, agreement } = await signUpAndApprove(page, small);
  await openSubscription(page, email, agreement.id);
  await page.getByRole("button", { name: "Change plan" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("group", { name: "Choose a plan" })).toHaveAccessibleDescription(
    "Choose a plan.",
  );
  await page.getByRole("radio", { name: /Avis Stor/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("list", { name: "Your next payments" })).toContainText(/NOK\s199/);
  await expectAccessible(page);
  await screenshots(page, "subscription-plan-confirm");
  expect((await emulator.agreement(agreement.vippsAgreementId)).pricing.amount).toBe(9_900);
  await page.getByRole("button", { name: "Yes, change plan" }).click();
  await expect(page.getByText("Done. Your plan is now Avis Stor.")).toBeVisible();
  const remote = await emulator.agreement(agreement.vippsAgreementId);
  expect(remote.pricing.amount).toBe(19_900);
  expect(remote.productName).toBe("Avis Stor");
  await expect(page.getByRole("heading", { level: 1, name: "Avis Stor" })).toBeVisible();
});

test("a stop made in the Vipps app shows on the next visit", async ({ page }) => {
  const { email, agreement } = await signUpAndApprove(page, { slug: "fjordkaffe-pluss" });
  await signInAsCustomer(page, email, "/account");
  await emulator.userStop(agreement.vippsAgreementId);
  await expect(async () => {
    await page.goto(`/account/subscriptions/${agreement.id}`);
    await expect(page.getByText(/You stopped it in the Vipps app on/)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.goto("/account");
  await expect(
    page.getByRole("region", { name: "Fjordkaffe Pluss" }).getByText("Stopped", { exact: true }),
  ).toBeVisible();
  expect(await agreementOf(email)).toMatchObject({ status: "STOPPED", stopCause: "USER_IN_APP" });
});
