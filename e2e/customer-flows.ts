// Steps the customer specs share: signing up through the storefront and the emulator's approval
// page, screenshots at phone and desktop widths, the axe check, and arranging test products and
// clocks. Everything a customer does goes through the browser; SQL only arranges and checks.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { runJob, setAppClockOffset, sql } from "./fixtures/db";
import { emulator } from "./fixtures/emulator";

export const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@e2e.example`;
/** A Norwegian number that is no scripted test user (those start 4790000), so approval succeeds. */
export const uniquePhone = () => `4795${String(randomBytes(4).readUInt32BE() % 1_000_000).padStart(6, "0")}`;

const SCREENSHOTS = path.join("artifacts", "screenshots");
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

/** The page at phone and desktop widths, full length, into artifacts/screenshots/<name>-<width>.png. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const before = page.viewportSize();
  for (const [width, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

/** WCAG 2.2 AA by axe: no serious or critical violation (the list names any that are found). */
export async function expectAccessible(page: Page): Promise<void> {
  // Next streams a page's metadata after its body, and a client-side navigation swaps the <title>
  // in late: check the page once it has one, not in the moment between.
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

export type TTestProduct = { slug: string; name: string };

/** A LIVE product for one test (prices in NOK), so tests do not share state with the seed's. */
export async function createTestProduct(input: {
  name: string;
  amount: number;
  interval?: { unit: "DAY" | "WEEK" | "MONTH"; count: number };
  planGroup?: string;
  initialCharge?: { amount: number; description: string };
  pricingType?: "LEGACY" | "VARIABLE";
  /** A PRICE_CAMPAIGN until `end` (YYYY-MM-DD) at `price`, and the product's plan-change rule. */
  campaign?: { price: number; end: string; rule?: "KEEP" | "END" | "BLOCK" };
}): Promise<TTestProduct> {
  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  const id = `p${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const interval = input.interval ?? { unit: "MONTH", count: 1 };
  const variable = input.pricingType === "VARIABLE";
  await sql().query(
    `INSERT INTO "Product" (id, "merchantId", slug, name, description, status, "pricingType", "intervalUnit", "intervalCount", "transactionType", "retryDays",
                            "initialChargeDescription", "initialChargeTransactionType", "planGroup", "sortOrder", "launchedAt", "updatedAt")
     SELECT $1, id, $2, $3, 'Laget for en ende-til-ende-test', 'LIVE', $4::"PricingType", $5::"IntervalUnit", $6, 'DIRECT_CAPTURE', 2, $7, $8::"TransactionType", $9, 100, now(), now()
     FROM "Merchant" LIMIT 1`,
    [
      id,
      slug,
      input.name,
      variable ? "VARIABLE" : "LEGACY",
      interval.unit,
      interval.count,
      input.initialCharge?.description ?? null,
      input.initialCharge ? "DIRECT_CAPTURE" : null,
      input.planGroup ?? null,
    ],
  );
  await sql().query(
    `INSERT INTO "ProductPrice" (id, "productId", market, currency, amount, "suggestedMaxAmount", "initialChargeAmount") VALUES ($1, $2, 'NO', 'NOK', $3, $4, $5)`,
    [
      `pp${id}`,
      id,
      variable ? null : input.amount,
      variable ? input.amount : null,
      input.initialCharge?.amount ?? null,
    ],
  );
  if (input.campaign) {
    await sql().query(
      `UPDATE "Product" SET "campaignType" = 'PRICE_CAMPAIGN', "campaignEnd" = $2::date, "description" = NULL,
              "planChangeCampaign" = $3::"PlanChangeCampaign" WHERE id = $1`,
      [id, input.campaign.end, input.campaign.rule ?? "KEEP"],
    );
    await sql().query(`UPDATE "ProductPrice" SET "campaignPrice" = $2 WHERE "productId" = $1`, [
      id,
      input.campaign.price,
    ]);
  }
  return { slug, name: input.name };
}

/** Fills the product page's form and presses the Vipps button; ends on the emulator's approval page. */
export async function startSignUp(
  page: Page,
  product: TTestProduct | { slug: string },
  who: { email: string; phone: string; amount?: string },
): Promise<void> {
  await page.goto(`/products/${product.slug}?market=NO`);
  await page.getByLabel("Email address").fill(who.email);
  await page.getByLabel("Mobile number").fill(who.phone);
  // A variable-price product asks for the amount (the page is rendered on the server: it is there).
  const amount = page.getByLabel(/Amount you pay/);
  if (await amount.count()) await amount.fill(who.amount ?? "500");
  await page.getByLabel(/I accept the .* terms of sale/).check();
  await page.getByRole("button", { name: "Continue with Vipps" }).click();
  await page.waitForURL(/\/dwo-api-application\/v1\/deeplink\/vippsgateway/);
}

/** The whole sign-up, approved on the emulator's page; ends on the return page showing it active. */
export async function signUpAndApprove(
  page: Page,
  product: TTestProduct | { slug: string },
  who: { email: string; phone: string; amount?: string } = {
    email: uniqueEmail("kunde"),
    phone: uniquePhone(),
  },
) {
  await startSignUp(page, product, who);
  await page.getByRole("button", { name: "Approve" }).click();
  await page.waitForURL(/\/subscribe\/return\//);
  await expect(page.getByRole("status").filter({ hasText: /is active/ })).toBeVisible();
  const agreement = await agreementOf(who.email);
  return { ...who, returnUrl: page.url(), agreement };
}

export async function agreementOf(email: string) {
  const { rows } = await sql().query<{
    id: string;
    vippsAgreementId: string;
    status: string;
    customerId: string;
    stopAt: Date | null;
    pausedUntil: Date | null;
    stopCause: string | null;
  }>(
    `SELECT a.id, a."vippsAgreementId", a.status, a."customerId", a."stopAt", a."pausedUntil", a."stopCause"
     FROM "Agreement" a JOIN "Customer" c ON c.id = a."customerId" WHERE c.email = $1 ORDER BY a."createdAt" DESC LIMIT 1`,
    [email.toLowerCase()],
  );
  return rows[0]!;
}

export async function chargesOf(agreementId: string) {
  const { rows } = await sql().query<{
    id: string;
    orderId: string;
    status: string;
    periodIndex: number | null;
    sendState: string;
    type: string;
  }>(
    `SELECT id, "orderId", status, "periodIndex", "sendState", type FROM "Charge" WHERE "agreementId" = $1 ORDER BY "periodIndex" NULLS FIRST`,
    [agreementId],
  );
  return rows;
}

/** Waits for the scheduler's effect, asking for a billing run now and then (the worker also runs it every minute). */
export async function whenBilled<T>(read: () => Promise<T>, expected: T, timeoutMs = 90_000): Promise<void> {
  let polls = 0;
  await expect
    .poll(
      async () => {
        if (polls++ % 10 === 0) await runJob("billing.run");
        return read();
      },
      { timeout: timeoutMs, intervals: [1_000] },
    )
    .toEqual(expected);
}

/** Moves the emulator's clock and Abo's together (the stack runs with ALLOW_TIME_TRAVEL). */
export async function advanceClocks(by: { days?: number; hours?: number }): Promise<void> {
  const { now } = await emulator.advance(by);
  await setAppClockOffset(Date.parse(now) - Date.now());
}
