import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { EXPECTED } from "../tests/admin/metrics-dataset";
import { metricsRows } from "../tests/admin/metrics-rows";
import { emptyDatabase, insertRows, keepFromBackup, restoreDatabase } from "./admin-db";
import { expectAccessible } from "./customer-flows";
import { ADMIN, signInAsStaff } from "./fixtures/auth";
import { sql } from "./fixtures/db";

// From each dashboard figure to the rows behind it, on the hand-worked book
// (tests/admin/metrics-dataset.ts): the list adds up to the figure, at phone and desktop width.

test.beforeAll(async () => {
  await emptyDatabase();
  await keepFromBackup("Merchant");
  await keepFromBackup("SalesUnit");
  await keepFromBackup("User", `role <> 'CUSTOMER'`);
  const { rows } = await sql().query<{ id: string; merchantId: string; market: "NO" | "DK" }>(
    `SELECT id, "merchantId", market FROM "SalesUnit" WHERE environment = 'TEST' AND market IN ('NO', 'DK')`,
  );
  const unit = (market: "NO" | "DK") => rows.find((r) => r.market === market)!.id;
  const data = metricsRows(new Date(), {
    merchantId: rows[0]!.merchantId,
    salesUnits: { NO: unit("NO"), DK: unit("DK") },
  });
  await insertRows("Customer", data.customers);
  await insertRows("Agreement", data.agreements);
  await insertRows("Charge", data.charges);
});
test.afterAll(restoreDatabase);

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

// As the drill-down page writes money for an English-speaking browser (lib/i18n translator.money).
const pageMoney = (minor: number, currency: string) =>
  new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency,
    minimumFractionDigits: minor % 100 === 0 ? 0 : 2,
  }).format(minor / 100);

const kpi = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/** The list's rows (header row left out) and the amounts in them, in minor units per currency. */
async function listed(page: Page) {
  const table = page.getByRole("table");
  const rows = table.getByRole("row");
  const count = (await rows.count()) - 1;
  const amounts: Record<string, number> = {};
  for (const cell of await table.locator("[data-amount]").all()) {
    const currency = (await cell.getAttribute("data-currency"))!;
    amounts[currency] = (amounts[currency] ?? 0) + Number(await cell.getAttribute("data-amount"));
  }
  return { count, amounts };
}

async function expectFitsAndAccessible(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  await expectAccessible(page);
}

for (const viewport of VIEWPORTS)
  test(`at ${viewport.width}px every figure leads to rows that add up to it`, async ({ page }) => {
    // One journey through every figure's page, each checked with axe: about half a minute on a quiet
    // machine, so the default minute was a bet on the machine's load.
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await signInAsStaff(page, ADMIN, "/admin");
    await page.goto("/admin?range=30d");
    await expect(page.getByRole("heading", { level: 1, name: "Business dashboard" })).toBeVisible();
    await expectFitsAndAccessible(page, viewport.width);

    const cases: { region: string; link: string; heading: string; count?: number; amounts?: object }[] = [
      { region: "MRR", link: "NOK 1,034.83", heading: "MRR", amounts: { NOK: EXPECTED.mrrNow.NOK } },
      { region: "MRR", link: "DKK 199.00", heading: "MRR", amounts: { DKK: EXPECTED.mrrNow.DKK } },
      {
        region: "Active subscribers",
        link: String(EXPECTED.subscribersNow),
        heading: "Active subscribers",
        count: EXPECTED.subscribersNow,
      },
      { region: "Churn", link: String(EXPECTED.activeAtStart), heading: "Active at the start", count: 6 },
      { region: "Failed-payment rate", link: "2", heading: "Charges failed", count: EXPECTED.failed },
      { region: "Failed-payment rate", link: "5", heading: "Charges succeeded", count: EXPECTED.succeeded },
      { region: "Recovered", link: "NOK 99.00", heading: "Recovered", amounts: EXPECTED.recovered },
      { region: "Refunds", link: "NOK 129.00", heading: "Refunds", amounts: EXPECTED.refunded },
      {
        region: "Upcoming charges",
        link: "NOK 797.00",
        heading: "Upcoming charges",
        amounts: EXPECTED.upcoming,
      },
    ];
    for (const c of cases) {
      await kpi(page, c.region).getByRole("link", { name: c.link, exact: true }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: `${c.heading}: the rows behind it` }),
      ).toBeVisible();
      const { count, amounts } = await listed(page);
      if (c.count !== undefined) {
        expect(count, c.heading).toBe(c.count);
        await expect(page.getByTestId("drilldown-total")).toHaveText(`Rows: ${c.count}`);
      }
      if (c.amounts) {
        expect(amounts, c.heading).toEqual(c.amounts);
        for (const [currency, minor] of Object.entries(c.amounts))
          await expect(page.getByTestId("drilldown-total")).toContainText(pageMoney(minor, currency));
      }
      await expectFitsAndAccessible(page, viewport.width);
      await page.goBack();
      await expect(page.getByRole("heading", { level: 1, name: "Business dashboard" })).toBeVisible();
    }
  });

test("a drill-down's CSV holds the same rows, and the glossary gives each figure's formula", async ({
  page,
}) => {
  await signInAsStaff(page, ADMIN, "/admin");
  await page.goto("/admin/dashboard/mrr?range=30d&currency=NOK");
  await expect(page.getByRole("link", { name: "NOK", exact: true })).toHaveAttribute("aria-current", "page");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8")
    .trim()
    .split("\r\n");
  expect(csv[0]).toBe("Reference,Customer,Product,Started,Detail,Per month,Currency");
  const total = csv.slice(1).reduce((sum, line) => sum + Math.round(Number(line.split(",").at(-2)) * 100), 0);
  expect(total).toBe(EXPECTED.mrrNow.NOK);

  // The stop flow's counts lead to their answers too (this book has none).
  await page.goto("/admin?range=30d");
  await page
    .getByRole("region", { name: "Why customers stop" })
    .getByRole("link", { name: "0", exact: true })
    .first()
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Stops (stop flow): the rows behind it" }),
  ).toBeVisible();
  await expect(page.getByTestId("drilldown-total")).toHaveText("Rows: 0");

  // The figure's label leads to its formula, in words and as SQL.
  await page.goto("/admin?range=30d");
  await kpi(page, "MRR").getByRole("link", { name: "MRR", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/dashboard\/glossary#mrr$/);
  const entry = page.getByRole("region", { name: "MRR", exact: true });
  await expect(entry).toContainText("latest recurring charge");
  await expect(entry.getByRole("group", { name: "MRR: As SQL" })).toContainText("last_charged");
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await expectFitsAndAccessible(page, viewport.width);
  }
});

test("the currency switch puts one currency on the money charts, and keeps it in the address", async ({
  page,
}) => {
  await signInAsStaff(page, ADMIN, "/admin");
  await page.goto("/admin?range=30d");
  const currencies = page.getByRole("navigation", { name: "Currency" });
  // By default the currency with the largest MRR.
  await expect(currencies.getByRole("link", { name: "NOK" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("figure", { name: "MRR (NOK)" })).toBeVisible();
  await currencies.getByRole("link", { name: "DKK" }).click();
  await expect(page).toHaveURL(/currency=DKK/);
  for (const chart of ["MRR (DKK)", "Refunds (DKK)", "Upcoming charges, next 30 days (DKK)"])
    await expect(page.getByRole("figure", { name: chart })).toBeVisible();
  await expect(page.getByRole("figure", { name: "MRR (NOK)" })).toHaveCount(0);
  // A new range keeps the currency.
  await page.getByLabel("Time range", { exact: true }).selectOption("12m");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/range=12m.*currency=DKK|currency=DKK.*range=12m/);
  await expect(page.getByRole("figure", { name: "MRR (DKK)" })).toBeVisible();
});
