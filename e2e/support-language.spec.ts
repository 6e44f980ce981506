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

    // What lib/ builds for staff follows the page's language too: the checklist document with its
    // badges, and the work lists' titles and columns; the CSV export stays English (machine-read).
    const secrets = page.getByRole("region", { name: "Hemmeligheter på serveren, tokener mellomlagret" });
    await expect(secrets.getByText("Oppfylt", { exact: true })).toBeVisible();
    await page.goto("/support/work?list=awaiting-capture");
    await expect(page.getByRole("heading", { level: 2, name: "Reservert, venter på trekk" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Kan fortsatt trekkes" })).toBeVisible();
    const csv = await page.request.get(
      (await page.getByRole("link", { name: "Last ned CSV" }).getAttribute("href"))!,
    );
    expect((await csv.text()).split("\r\n")[0]).toBe(
      "Order id,Customer,Product,Status,Still capturable,Capture deadline",
    );
  });
});

test.describe("a browser that asks for English", () => {
  test.use({ locale: "en-GB" });

  test("sees the support console in English", async ({ page }) => {
    await signInAsStaff(page, SUPPORT, "/support");
    await expect(page.getByRole("heading", { level: 1, name: "Support console" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Search", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Work lists" })).toBeVisible();

    await page.goto("/support/checklist");
    const secrets = page.getByRole("region", { name: "Secrets on the server, tokens cached" });
    await expect(secrets.getByText("Met", { exact: true })).toBeVisible();
    await page.goto("/support/work?list=awaiting-capture");
    await expect(page.getByRole("heading", { level: 2, name: "Reserved, awaiting capture" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Still capturable" })).toBeVisible();
  });
});
