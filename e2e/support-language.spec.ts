import { expect, test } from "@playwright/test";
import { SUPPORT, signInAsStaff } from "./fixtures/auth";
import { sql } from "./fixtures/db";

// Staff see the console in their browser's language (Accept-Language), as customers do. The other
// support specs find elements by their English names, so English must stay exactly as it was.

test.describe("a browser that asks for Norwegian", () => {
  test.use({ locale: "nb-NO" });

  test("signs in and works in Bokmål: staff sign-in, support home and a client-side form", async ({
    page,
  }) => {
    // As signInAsStaff does, but through the Norwegian page (its fixture looks for English labels).
    await sql().query(`DELETE FROM "RateLimit" WHERE key LIKE 'login:ip:%'`);
    await page.goto("/staff/sign-in?callbackUrl=%2Fsupport");
    await expect(page.getByRole("heading", { level: 1, name: "Innlogging for ansatte" })).toBeVisible();
    const form = page.locator("form", { has: page.getByLabel("Passord") });
    await form.getByLabel("E-postadresse").fill(SUPPORT.email);
    await form.getByLabel("Passord").fill(SUPPORT.password);
    await form.getByRole("button", { name: "Logg inn som ansatt" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/support"));

    await expect(page.getByRole("heading", { level: 1, name: "Kundestøtte" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Søk", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Arbeidslister" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Search", exact: true })).toHaveCount(0);

    // A client component (the verification form) speaks the same language as the page around it.
    await page.goto("/support/checklist");
    await expect(
      page.getByRole("heading", { level: 1, name: "Sjekkliste for produksjonssetting" }),
    ).toBeVisible();
    const run = page.getByRole("form", { name: "Kjør kontrollen" });
    await expect(run.getByRole("button", { name: "Kjør kontrollen i testmiljøet" })).toBeDisabled();
    await expect(run.getByText(/^Krever administratorrollen/)).toBeVisible();
  });
});

test.describe("a browser that asks for English", () => {
  test.use({ locale: "en-GB" });

  test("sees the support console in English", async ({ page }) => {
    await signInAsStaff(page, SUPPORT, "/support");
    await expect(page.getByRole("heading", { level: 1, name: "Support console" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Search", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Work lists" })).toBeVisible();
  });
});
