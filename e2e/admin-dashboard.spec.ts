import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { EXPECTED } from "../tests/admin/metrics-dataset";
import { metricsRows } from "../tests/admin/metrics-rows";
import { emptyDatabase, insertRows, keepFromBackup, restoreDatabase } from "./admin-db";
import { sql } from "./fixtures/db";
import { expect, test } from "./fixtures/test";

// The dashboard page on the hand-worked book (tests/admin/metrics-dataset.ts), whose figures were
// written down in advance: the demo merchant, its sales units and staff, and that book only.

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

test("the dashboard shows the MRR, churn, failure rate and other figures known in advance, as charts and CSV", async ({
  adminPage: page,
}) => {
  await expect(page.getByRole("heading", { level: 1, name: "Business dashboard" })).toBeVisible();
  const kpi = (name: string) => page.getByRole("region", { name, exact: true });
  await expect(kpi("MRR")).toContainText("NOK 1,034.83");
  await expect(kpi("MRR")).toContainText("DKK 199.00");
  await expect(kpi("Active subscribers").locator("p").first()).toHaveText(String(EXPECTED.subscribersNow));
  await expect(kpi("Active subscribers")).toContainText(`${EXPECTED.started} new in the range`);
  await expect(kpi("Churn")).toContainText("20.0%");
  await expect(kpi("Churn")).toContainText(
    "1 voluntary, 1 after failed payments (of 6 at the start + 4 new)",
  );
  await expect(kpi("Failed-payment rate")).toContainText("28.6%");
  await expect(kpi("Failed-payment rate")).toContainText("2 failed of 7 charges due");
  await expect(kpi("Recovered")).toContainText("NOK 99.00");
  await expect(kpi("Refunds")).toContainText("NOK 129.00");
  await expect(kpi("Refunds")).toContainText("2 refunds");
  await expect(kpi("Upcoming charges")).toContainText("NOK 797.00");
  await expect(kpi("Upcoming charges")).toContainText("4 charges");
  for (const chart of [
    // Money charts show one currency (the one with the largest MRR by default; the switch picks another).
    "MRR (NOK)",
    "Active subscribers",
    "New and churned subscriptions",
    "Charges due: succeeded and failed",
    "Refunds (NOK)",
    "Upcoming charges, next 30 days (NOK)",
  ]) {
    await expect(page.getByRole("figure", { name: chart })).toBeVisible();
  }
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  mkdirSync(path.join("artifacts", "screenshots"), { recursive: true });
  await page.screenshot({
    path: path.join("artifacts", "screenshots", "admin-dashboard.png"),
    fullPage: true,
  });

  // The numbers behind the charts, and the same per day as CSV.
  await page.getByText("Show the numbers").click();
  const rows = page.getByRole("table", { name: /Dashboard figures per day/ }).getByRole("row");
  await expect(rows).toHaveCount(31);
  await expect(rows.last()).toContainText("NOK 1,034.83");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8")
    .trim()
    .split("\r\n");
  expect(csv[0]).toBe(
    "period_start,mrr_DKK,mrr_NOK,active_subscribers,new,churned_voluntary,churned_failed_payment,charges_succeeded,charges_failed,failed_payment_rate,recovered_DKK,recovered_NOK,refunded_DKK,refunded_NOK",
  );
  expect(csv).toHaveLength(31);
  expect(csv.at(-1)).toMatch(/,199,1034\.83,7,/);
});

test("the time range picker changes the period and refuses impossible dates at the field", async ({
  adminPage: page,
}) => {
  await page.getByLabel("Time range", { exact: true }).selectOption("12m");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/range=12m/);
  await expect(page.getByText(/by month/)).toBeVisible();
  await expect(page.getByRole("region", { name: "MRR", exact: true })).toContainText("NOK 1,034.83");

  await page.getByLabel("Time range", { exact: true }).selectOption("custom");
  await page.getByLabel("From", { exact: true }).fill("2030-02-01");
  await page.getByLabel("To", { exact: true }).fill("2030-01-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByLabel("To", { exact: true })).toHaveAccessibleDescription(
    "The end date must be on or after the start date.",
  );
  await expect(page.getByRole("alert").filter({ hasText: "showing the last 30 days instead" })).toBeVisible();
});
