import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signInAsStaff } from "./fixtures/auth";

// Staff see the admin in their browser's language (no language chosen: Accept-Language decides),
// as customers do. Signing in happens in English (the helper finds the fields by their English
// names); the chosen-language cookie is then dropped so the browser's language speaks.

async function signInThenFollowBrowser(page: Page): Promise<void> {
  const url = test.info().project.use.baseURL!;
  await page.context().addCookies([{ name: "abo-locale", value: "en", url }]);
  await signInAsStaff(page, ADMIN, "/admin/settings");
  await page.context().clearCookies({ name: "abo-locale" });
}

test.describe("a browser asking for Norwegian", () => {
  test.use({ locale: "nb-NO" });

  test("gets the settings page in Norwegian", async ({ page }) => {
    await signInThenFollowBrowser(page);
    await page.goto("/admin/settings");
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(page.getByRole("heading", { level: 1, name: "Innstillinger" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Lagre butikkopplysningene" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save shop details" })).toHaveCount(0);
  });
});

test.describe("a browser asking for English", () => {
  test.use({ locale: "en-GB" });

  test("gets the settings page in English", async ({ page }) => {
    await signInThenFollowBrowser(page);
    await page.goto("/admin/settings");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save shop details" })).toBeVisible();
  });
});
