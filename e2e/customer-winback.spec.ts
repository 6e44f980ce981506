import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { ADMIN, signInAsCustomer, signInAsStaff } from "./fixtures/auth";
import { sql } from "./fixtures/db";
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

// The ways back (issue #14 items 5 and 6) at phone width: keep a subscription set to end, move the
// end of a pause, and the stop flow's reasons and once-shown offer; the merchant's side of it in the
// product editor and on the dashboard. Each checked in Abo's database and at Vipps (the emulator).
test.describe.configure({ timeout: 240_000 });
test.use({ viewport: { width: 390, height: 844 } });

async function openSubscription(page: Page, email: string, agreementId: string) {
  await signInAsCustomer(page, email, "/account");
  await page.goto(`/account/subscriptions/${agreementId}`);
}

/** The phone-width screenshot attached to the report, and both widths kept in artifacts/screenshots. */
async function keep(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(`${name}-phone.png`, {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  await screenshots(page, name);
}

async function appToday(): Promise<Date> {
  const { rows } = await sql().query<{ offset: string | null }>(
    `SELECT "offsetMs"::text AS offset FROM "ClockOffset" WHERE id = 1`,
  );
  const now = new Date(Date.now() + Number(rows[0]?.offset ?? 0));
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const feedbackOf = async (agreementId: string) =>
  (
    await sql().query<{ reason: string | null; offerShown: string; outcome: string; replaced: boolean }>(
      `SELECT reason::text, "offerShown"::text AS "offerShown", outcome::text, "replacedAt" IS NOT NULL AS replaced
       FROM "StopFeedback" WHERE "agreementId" = $1 ORDER BY "createdAt"`,
      [agreementId],
    )
  ).rows;

const auditCount = async (agreementId: string, action: string) =>
  (
    await sql().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "agreementId" = $1 AND action = $2`,
      [agreementId, action],
    )
  ).rows[0]!.n;

test("a stop at period end can be taken back: ACTIVE at Vipps, and the next period is charged as usual", async ({
  page,
}, testInfo) => {
  const product = await createTestProduct({ name: "Månedskaffe", amount: 14_900 });
  const { email, agreement } = await signUpAndApprove(page, product);
  await whenBilled(
    async () => (await chargesOf(agreement.id)).filter((c) => c.sendState === "SENT").length,
    1,
  );
  await openSubscription(page, email, agreement.id);
  await page.getByRole("button", { name: "Stop subscription" }).click();
  await page.getByRole("radio", { name: "It costs too much" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  // No offer on this product: straight to the confirmation.
  await expect(page.getByRole("heading", { name: "Stop Månedskaffe?" })).toBeFocused();
  await page.getByRole("button", { name: "Yes, stop my subscription" }).click();
  await expect(page.getByText(/Done\. Your subscription ends on/)).toBeVisible();

  await expect(page.getByRole("heading", { name: /^Set to end on/ })).toBeVisible();
  await expectAccessible(page);
  await keep(page, testInfo, "winback-undo-stop");
  await page.getByRole("button", { name: "Keep my subscription" }).click();
  await expect(page.getByText("Done. Your subscription goes on.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Keep my subscription" })).toHaveCount(0);

  expect(await agreementOf(email)).toMatchObject({ status: "ACTIVE", stopAt: null, stopCause: null });
  expect(await auditCount(agreement.id, "agreement.undo-stop")).toBe(1);
  expect((await emulator.agreement(agreement.vippsAgreementId)).status).toBe("ACTIVE");
  expect(await feedbackOf(agreement.id)).toEqual([
    { reason: "TOO_EXPENSIVE", offerShown: "NONE", outcome: "STOPPED", replaced: true },
  ]);

  // A month on, the worker's billing charges the next period, as if nothing had happened.
  await advanceClocks({ days: 29 });
  await whenBilled(
    async () =>
      (await chargesOf(agreement.id)).filter((c) => c.type === "RECURRING" && c.sendState === "SENT").length,
    2,
  );
  const next = (await chargesOf(agreement.id)).find((c) => c.periodIndex === 1)!;
  expect(next.status).not.toBe("CANCELLED");
  expect(
    (await emulator.agreement(agreement.vippsAgreementId)).charges!.find((c) => c.id === next.orderId)
      ?.status,
  ).not.toBe("CANCELLED");
});

test("the end of a pause can be moved: a bad date is named at the field and changes nothing", async ({
  page,
}, testInfo) => {
  const product = await createTestProduct({
    name: "Ukesavis",
    amount: 5_900,
    interval: { unit: "WEEK", count: 1 },
  });
  const { email, agreement } = await signUpAndApprove(page, product);
  const today = await appToday();
  const first = isoDay(new Date(today.getTime() + 10 * 86_400_000));
  const later = isoDay(new Date(today.getTime() + 24 * 86_400_000));
  await openSubscription(page, email, agreement.id);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByLabel("Pause until").fill(first);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Yes, pause" }).click();
  await expect(page.getByText(/Done\. Paused until/)).toBeVisible();

  await page.getByRole("button", { name: "Change the end of the pause" }).click();
  const field = page.getByLabel("Pause until");
  await expect(field).toHaveValue(first);
  await field.fill("2020-01-01");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(field).toHaveAccessibleDescription(/Choose a date after today and at most a year ahead/);
  await expect(field).toBeFocused();
  await expectAccessible(page);
  await keep(page, testInfo, "winback-pause-change-error");
  expect(isoDay((await agreementOf(email)).pausedUntil!)).toBe(first);
  expect(await auditCount(agreement.id, "agreement.pause-change")).toBe(0);

  await field.fill(later);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: /^Pause until .* instead\?$/ })).toBeFocused();
  await expect(page.getByText(/Your next payment will then be NOK\s59/)).toBeVisible();
  await keep(page, testInfo, "winback-pause-change-confirm");
  await page.getByRole("button", { name: "Yes, pause" }).click();
  await expect(page.getByText(/Done\. The pause now ends on/)).toBeVisible();
  expect(isoDay((await agreementOf(email)).pausedUntil!)).toBe(later);
  expect(await auditCount(agreement.id, "agreement.pause-change")).toBe(1);
  expect((await emulator.agreement(agreement.vippsAgreementId)).status).toBe("ACTIVE");
});

test("the stop flow: a reason, the product's offer once, and declining stops exactly as before", async ({
  page,
}, testInfo) => {
  const product = await createTestProduct({ name: "Kaffeklubb", amount: 19_900 });
  await sql().query(`UPDATE "Product" SET "stopOffer" = 'PAUSE', "stopOfferPauseDays" = 30 WHERE slug = $1`, [
    product.slug,
  ]);
  const declined = await signUpAndApprove(page, product);
  await openSubscription(page, declined.email, declined.agreement.id);
  await page.getByRole("button", { name: "Stop subscription" }).click();
  await expect(page.getByRole("radio", { name: /At the end of the paid period/ })).toBeChecked();

  // Bad input: a comment over the limit is named at the field, and nothing is saved.
  const comment = page.getByLabel("Why are you stopping? (optional)");
  await comment.fill("x".repeat(501));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(comment).toHaveAccessibleDescription(/At most 500 characters/);
  expect(await feedbackOf(declined.agreement.id)).toEqual([]);
  await comment.fill("Vi reiser bort");
  await page.getByRole("radio", { name: "I only need a break" }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { name: "Before you go" })).toBeFocused();
  await expect(page.getByText(/Would you rather pause until/)).toBeVisible();
  await expectAccessible(page);
  await keep(page, testInfo, "winback-stop-offer");
  await page.getByRole("button", { name: "No thanks, continue to stop" }).click();
  await expect(page.getByRole("heading", { name: "Stop Kaffeklubb?" })).toBeFocused();
  // Back and on again: the offer is not shown a second time in this attempt.
  await page.getByRole("button", { name: "No, keep it" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Stop Kaffeklubb?" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Before you go" })).toHaveCount(0);
  await page.getByRole("button", { name: "Yes, stop my subscription" }).click();
  await expect(page.getByText(/Done\. Your subscription ends on/)).toBeVisible();
  expect(await agreementOf(declined.email)).toMatchObject({
    status: "ACTIVE",
    stopCause: "CUSTOMER",
    pausedUntil: null,
  });
  expect((await agreementOf(declined.email)).stopAt).not.toBeNull();
  expect(await feedbackOf(declined.agreement.id)).toEqual([
    { reason: "TEMPORARY", offerShown: "PAUSE", outcome: "STOPPED", replaced: false },
  ]);
  expect((await emulator.agreement(declined.agreement.vippsAgreementId)).status).toBe("ACTIVE");

  // Someone else takes the offer: paused instead, the answer recorded with it.
  const taken = await signUpAndApprove(page, product);
  await openSubscription(page, taken.email, taken.agreement.id);
  await page.getByRole("button", { name: "Stop subscription" }).click();
  await page.getByRole("radio", { name: "It costs too much" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Pause instead" }).click();
  await expect(page.getByText(/Done\. Paused until/)).toBeVisible();
  const paused = await agreementOf(taken.email);
  expect(paused).toMatchObject({ status: "ACTIVE", stopAt: null });
  expect(isoDay(paused.pausedUntil!)).toBe(isoDay(new Date((await appToday()).getTime() + 30 * 86_400_000)));
  expect(await feedbackOf(taken.agreement.id)).toEqual([
    { reason: "TOO_EXPENSIVE", offerShown: "PAUSE", outcome: "PAUSED", replaced: false },
  ]);
  expect(await auditCount(taken.agreement.id, "agreement.pause")).toBe(1);
  await keep(page, testInfo, "winback-offer-taken");

  // The merchant reads it on the dashboard.
  await page.context().clearCookies();
  await signInAsStaff(page, ADMIN, "/admin");
  const panel = page.getByRole("region", { name: "Why customers stop" });
  await expect(panel).toBeVisible();
  const row = (name: string) => panel.getByRole("row", { name: new RegExp(`^${name}`) });
  expect(
    Number(await row("Only needs a break").getByRole("cell").first().textContent()),
  ).toBeGreaterThanOrEqual(1);
  expect(
    Number(await row("It costs too much").getByRole("cell").nth(1).textContent()),
  ).toBeGreaterThanOrEqual(1);
  await expectAccessible(page);
  await keep(page, testInfo, "winback-dashboard-reasons");
});

test("the product editor's stop offer: bad input named at the field and nothing saved, then saved", async ({
  page,
}, testInfo) => {
  const product = await createTestProduct({ name: "Tilbudsavis", amount: 9_900 });
  const { rows } = await sql().query<{ id: string }>(`SELECT id FROM "Product" WHERE slug = $1`, [
    product.slug,
  ]);
  const id = rows[0]!.id;
  await signInAsStaff(page, ADMIN, `/admin/products/${id}`);
  await page.getByLabel("Offer", { exact: true }).selectOption("PAUSE");
  const days = page.getByLabel("Pause length (days)");
  await days.fill("3");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(days).toHaveAccessibleDescription(/Enter a whole number of days from 7 to 180/);
  await expectAccessible(page);
  await keep(page, testInfo, "winback-product-offer-error");
  const stored = async () =>
    (
      await sql().query<{ stopOffer: string; stopOfferPauseDays: number | null }>(
        `SELECT "stopOffer"::text AS "stopOffer", "stopOfferPauseDays" FROM "Product" WHERE id = $1`,
        [id],
      )
    ).rows[0];
  expect(await stored()).toEqual({ stopOffer: "NONE", stopOfferPauseDays: null });

  await days.fill("21");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
  expect(await stored()).toEqual({ stopOffer: "PAUSE", stopOfferPauseDays: 21 });
});
