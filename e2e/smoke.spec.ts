import { SUPPORT, signInAsCustomer } from "./fixtures/auth";
import { expect, test } from "./fixtures/test";

test("an admin signs in and sees the merchant dashboard", async ({ adminPage }) => {
  await expect(adminPage.getByRole("heading", { level: 1, name: /dashboard/i })).toBeVisible();
});

test("a support agent signs in and sees the support console", async ({ supportPage }) => {
  await expect(supportPage.getByRole("heading", { level: 1, name: /support/i })).toBeVisible();
});

test("a customer signs in with an email link and sees their subscriptions", async ({ page }) => {
  await signInAsCustomer(page);
  await expect(page.getByRole("heading", { level: 1, name: /subscriptions|abonnement/i })).toBeVisible();
});

test("a wrong staff password is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in?staff=1");
  const form = page.locator("form", { has: page.getByLabel("Password") });
  await form.getByLabel(/email/i).fill(SUPPORT.email);
  await form.getByLabel("Password").fill("not-the-password");
  await form.getByRole("button", { name: /staff/i }).click();
  await expect(page.getByRole("alert").filter({ hasText: /did not match/i })).toBeVisible();
  await expect(page).toHaveURL(/sign-in/);
});

test("anonymous visitors and customers get nothing from staff pages", async ({ page }) => {
  await page.goto("/support");
  await expect(page).toHaveURL(/sign-in/);
  await signInAsCustomer(page);
  const response = await page.goto("/support");
  expect(response?.status()).toBe(404);
  expect((await page.goto("/admin"))?.status()).toBe(404);
});
