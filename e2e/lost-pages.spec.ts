import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./customer-flows";
import { ADMIN, SUPPORT, signInAsCustomer, signInAsStaff } from "./fixtures/auth";
import { createCustomer } from "./fixtures/support-data";

// Issue 15 items 4 and 5: branded 404 pages with a way back for every viewer, a favicon, and a
// support home that starts the day with the work lists' sizes.

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

test.use({ viewport: { width: 390, height: 844 }, locale: "en-GB" });

test("an unknown address answers 404 with the shop's header, words and a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the front page" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);
});

test("the favicon is served and named in every page's head", async ({ page, request }) => {
  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/");
  await expect(page.locator('head link[rel="icon"]')).toHaveAttribute("href", /favicon\.svg/);
});

test("a customer on a staff page gets the 404 with a way to their subscriptions", async ({ page }) => {
  test.setTimeout(90_000);
  const customer = await createCustomer();
  await signInAsCustomer(page, customer.email);
  const response = await page.goto("/support");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "My subscriptions" }).first()).toBeVisible();
  await expectAccessible(page);
});

test("support: a wrong-role page offers the console; a missing record keeps the console around it; the home counts work", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAsStaff(page, SUPPORT);
  await expect(page.getByRole("heading", { name: "Work lists" })).toBeVisible();
  const failed = page.getByRole("link", { name: /Failed charges/ }).first();
  await expect(failed).toHaveAttribute("href", "/support/work?list=failed-charges");
  await expect(failed).toContainText(/^\d+/);
  await expect(page.getByRole("heading", { name: "Newest customers" })).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);

  const admin = await page.goto("/admin/settings");
  expect(admin?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Support console" }).first()).toBeVisible();

  const missing = await page.goto("/support/customers/nobody-has-this-id");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await expect(page.getByRole("navigation", { name: "Staff" })).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);
});

test("staff signing in with no page to return to land on their home: admins on the dashboard, support on the support home", async ({
  browser,
}) => {
  for (const [who, home] of [
    [ADMIN, "/admin"],
    [SUPPORT, "/support"],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/staff/sign-in");
    const form = page.locator("form", { has: page.getByLabel("Password") });
    await form.getByLabel(/email/i).fill(who.email);
    await form.getByLabel("Password").fill(who.password ?? "");
    await form.getByRole("button", { name: /staff/i }).click();
    await page.waitForURL((url) => url.pathname === home);
    await context.close();
  }
});

test("the sign-in redirect of a private page names APP_URL, whatever Host the caller sends", async ({
  playwright,
  baseURL,
}) => {
  const forged = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { host: "attacker.example", "x-forwarded-host": "attacker.example" },
  });
  for (const [path, signIn] of [
    ["/account", "/sign-in"],
    ["/support", "/staff/sign-in"],
  ] as const) {
    const response = await forged.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    // Next sends a redirect to its own origin as a path; either way it never names the forged host.
    const location = response.headers().location ?? "";
    expect(location, path).not.toContain("attacker.example");
    // The stacks serve on APP_URL itself (e2e/global-setup.ts), so baseURL is APP_URL.
    const resolved = new URL(location, baseURL);
    expect(resolved.origin, path).toBe(new URL(baseURL!).origin);
    expect(resolved.pathname, path).toBe(signIn);
  }
  await forged.dispose();
});
