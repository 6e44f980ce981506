import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { MESSAGES } from "../lib/i18n/translator";
import { SUPPORT, signInAsCustomer, signInAsStaff } from "./fixtures/auth";
import { appNow, latestEmail, sql } from "./fixtures/db";
import {
  chargesOf,
  createTestProduct,
  expectAccessible,
  signUpAndApprove,
  uniqueEmail,
  uniquePhone,
} from "./customer-flows";

// Every mail a customer's own actions (and a support refund) send, at phone width: each one lands
// in the outbox (the dev mailbox shows it) with its subject in the customer's language, and the
// receipt's link opens the receipt in the browser, through sign-in. The link-by-link check of every
// kind in all four languages is tests/integration/customer-emails.integration.test.ts.

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });
test.describe.configure({ timeout: 300_000 });

// The browser reads English, so the customer signs up in English: the mail must be English too.
const m = MESSAGES.en.email;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A subject template as a pattern: known placeholders filled in, the rest (dates, amounts) any text. */
function subject(template: string, values: Record<string, string>): RegExp {
  const parts = template.split(/(\{\w+\})/);
  return new RegExp(
    `^${parts.map((part) => (/^\{\w+\}$/.test(part) ? (values[part.slice(1, -1)] ? escape(values[part.slice(1, -1)]!) : ".+") : escape(part))).join("")}$`,
  );
}

/** Waits for the newest mail of `kind` to `email` and checks its subject. */
async function expectMail(email: string, kind: string, pattern: RegExp): Promise<void> {
  await expect
    .poll(async () => (await latestEmail(email, kind))?.subject ?? "", { timeout: 60_000 })
    .toMatch(pattern);
}

/** Mail to an address other than receipts (the scheduler and webhooks may write those at any time). */
async function confirmations(email: string): Promise<number> {
  const { rows } = await sql().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Email" WHERE "to" = $1 AND kind <> 'receipt'`,
    [email.toLowerCase()],
  );
  return rows[0]!.n;
}

async function stopFlow(page: Page, when: "end" | "now") {
  await page.getByRole("button", { name: "Stop subscription" }).click();
  if (when === "now") await page.getByRole("radio", { name: "Now" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Yes, stop my subscription" }).click();
}

test("each action that mails the customer puts that mail in the outbox, in their language; the receipt link opens the receipt", async ({
  page,
  browser,
  baseURL,
}) => {
  const tag = randomUUID().slice(0, 6);
  const group = `g-${tag}`;
  const small = `Postkaffe ${tag}`;
  const big = `Postkaffe Stor ${tag}`;
  const product = await createTestProduct({
    name: small,
    amount: 9_900,
    planGroup: group,
    initialCharge: { amount: 9_900, description: "Første måned" },
  });
  await createTestProduct({ name: big, amount: 19_900, planGroup: group });

  // Sign-up: the confirmation, and the receipt for the first payment.
  const { email, agreement } = await signUpAndApprove(page, product);
  await expectMail(email, "signup-confirmed", subject(m.signupConfirmed.subject, { product: small }));
  await expectMail(email, "receipt", subject(m.receipt.subject, { product: small }));

  // The receipt's link, opened in the browser: on the app's address, through sign-in, to the receipt.
  const receiptLink = /https?:\/\/\S+\/account\/receipts\/\S+/.exec(
    (await latestEmail(email, "receipt"))!.text,
  )![0];
  expect(new URL(receiptLink).origin).toBe(new URL(baseURL!).origin);
  const receiptPath = new URL(receiptLink).pathname;
  await page.goto(receiptLink);
  await expect(page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(receiptPath)}`);
  await signInAsCustomer(page, email, receiptPath);
  await expectMail(email, "sign-in-link", new RegExp(`^${escape(m.signInLink.subject)}$`));
  await page.goto(receiptLink);
  await expect(page.getByRole("heading", { level: 1, name: "Receipt" })).toBeVisible();
  await expect(page.locator('[data-field="amount.total"]')).toHaveText(/NOK\s99/);
  await expectAccessible(page);

  // Pause, then resume.
  await page.goto(`/account/subscriptions/${agreement.id}`);
  const until = new Date((await appNow()).getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByLabel("Pause until").fill(until);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Yes, pause" }).click();
  await expect(page.getByText(/Done\. Paused until/)).toBeVisible();
  await expectMail(email, "paused", subject(m.paused.subject, { product: small }));
  await page.getByRole("button", { name: "Resume now" }).click();
  await expect(page.getByText("Done. Your subscription is running again.")).toBeVisible();
  await expectMail(email, "resumed", subject(m.resumed.subject, { product: small }));

  // A plan change: the mail names the new plan.
  await page.getByRole("button", { name: "Change plan" }).click();
  await page.getByRole("radio", { name: new RegExp(escape(big)) }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Yes, change plan" }).click();
  await expect(page.getByText(`Done. Your plan is now ${big}.`)).toBeVisible();
  await expectMail(email, "plan-changed", subject(m.planChanged.subject, { product: big }));

  // A stop at the period's end mails its date; taking it back mails nothing (no mail says so).
  await stopFlow(page, "end");
  await expect(page.getByText(/Done\. Your subscription ends on/)).toBeVisible();
  await expectMail(email, "stop-scheduled", subject(m.stopScheduled.subject, { product: big }));
  const beforeUndo = await confirmations(email);
  await page.getByRole("button", { name: "Keep my subscription" }).click();
  await expect(page.getByText("Done. Your subscription goes on.")).toBeVisible();
  expect(await confirmations(email)).toBe(beforeUndo);

  // Support refunds the first payment (in a browser of its own): the customer is told.
  const initial = (await chargesOf(agreement.id)).find((c) => c.type === "INITIAL")!;
  const staff = await browser.newContext({ viewport: PHONE });
  const agent = await staff.newPage();
  await signInAsStaff(agent, SUPPORT, `/support/charges/${initial.id}`);
  const refund = agent.getByRole("form", { name: "Refund" });
  await refund.getByRole("button", { name: /^Refund all/ }).click();
  await refund.getByLabel("Why (for the audit log)").selectOption({ label: "Delivery problem" });
  await refund.getByLabel("Details (for the audit log)").fill("The first delivery never came");
  await refund.getByRole("button", { name: "Refund", exact: true }).click();
  await refund.getByRole("button", { name: /^Yes, refund/ }).click();
  // All of it refunded: the page now says there is nothing left to refund.
  await expect(agent.getByText(/^Nothing to refund/)).toBeVisible();
  await staff.close();
  await expectMail(email, "refunded", subject(m.refunded.subject, { product: big }));

  // Stop now.
  await stopFlow(page, "now");
  await expect(page.getByText("Done. Your subscription is stopped.")).toBeVisible();
  await expectMail(email, "stopped", subject(m.stopped.subject, { product: big }));

  // A variable price: another customer changes the amount.
  const variableName = `Støttekaffe ${tag}`;
  const variable = await createTestProduct({ name: variableName, amount: 50_000, pricingType: "VARIABLE" });
  await page.context().clearCookies();
  const other = await signUpAndApprove(page, variable, {
    email: uniqueEmail("belop"),
    phone: uniquePhone(),
    amount: "300",
  });
  await signInAsCustomer(page, other.email, `/account/subscriptions/${other.agreement.id}`);
  await page.getByRole("button", { name: "Change amount" }).click();
  await page.getByLabel(/Amount you pay per month/).fill("250");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Yes, change amount" }).click();
  await expect(page.getByText(/Done\. The amount is now/)).toBeVisible();
  await expectMail(
    other.email,
    "amount-changed",
    subject(m.amountChanged.subject, { product: variableName }),
  );

  // The dev mailbox (demo mode, no SMTP) lists each of them with its subject.
  await page.goto("/dev/mailbox");
  const mailbox = (to: string, pattern: RegExp) =>
    page
      .getByRole("listitem")
      .filter({ hasText: to.toLowerCase() })
      .filter({ has: page.getByRole("heading", { level: 2, name: pattern }) })
      .first();
  for (const [kind, pattern] of [
    ["signup-confirmed", subject(m.signupConfirmed.subject, { product: small })],
    ["receipt", subject(m.receipt.subject, { product: small })],
    ["paused", subject(m.paused.subject, { product: small })],
    ["resumed", subject(m.resumed.subject, { product: small })],
    ["plan-changed", subject(m.planChanged.subject, { product: big })],
    ["stop-scheduled", subject(m.stopScheduled.subject, { product: big })],
    ["refunded", subject(m.refunded.subject, { product: big })],
    ["stopped", subject(m.stopped.subject, { product: big })],
  ] as const)
    await expect(mailbox(email, pattern), kind).toBeVisible();
  await expect(
    mailbox(other.email, subject(m.amountChanged.subject, { product: variableName })),
  ).toBeVisible();
});
