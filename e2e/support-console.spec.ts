import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SUPPORT, signInAsStaff } from "./fixtures/auth";
import { sql } from "./fixtures/db";
import { emulator } from "./fixtures/emulator";
import {
  arrangeActiveAgreement,
  createCustomer,
  emulatorAgreementStatus,
  emulatorCharge,
  tracesOf,
} from "./fixtures/support-data";

const details = (page: Page) => page.getByRole("region", { name: "Details" });

async function statusIs(page: Page, status: string) {
  // The badge says it in words; the code is its title.
  await expect(details(page).getByTitle(status, { exact: true })).toBeVisible();
}

async function chargeStatus(id: string): Promise<string> {
  return (await sql().query<{ status: string }>(`SELECT status FROM "Charge" WHERE id = $1`, [id])).rows[0]!
    .status;
}

test("an agent finds a customer by phone and refunds, captures, cancels and stops, all audited and on the timeline", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const customer = await createCustomer();
  const coffee = await arrangeActiveAgreement(customer, {
    initial: 29_900,
    transactionType: "DIRECT_CAPTURE",
    dueCharge: 29_900,
    productName: "Kaffe hver måned",
  });
  const grinder = await arrangeActiveAgreement(customer, {
    initial: 49_900,
    transactionType: "RESERVE_CAPTURE",
    productName: "Kaffekvern",
  });

  await signInAsStaff(page, SUPPORT);
  // Found by phone as people type it: +47 and spaces.
  const typed = `+47 ${customer.phone.slice(2, 5)} ${customer.phone.slice(5, 7)} ${customer.phone.slice(7)}`;
  await page.getByLabel("Search customers, agreements and charges").fill(typed);
  await page.getByRole("button", { name: "Search" }).click();
  await page
    .getByRole("region", { name: /Customers/ })
    .getByRole("link", { name: customer.name })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: customer.name })).toBeVisible();

  // Refund part of the first delivery, then the rest: PARTIALLY_REFUNDED → REFUNDED. No amount is
  // suggested, and the customer's text starts in her language (Norwegian).
  await page.getByRole("link", { name: coffee.initial.orderId }).click();
  const refund = page.getByRole("form", { name: "Refund" });
  await expect(refund.getByText(/Up to 299\skr can still be refunded/)).toBeVisible();
  await expect(refund.getByLabel("Amount to refund")).toHaveValue("");
  await expect(refund.getByLabel("Description the customer will see")).toHaveValue("Refusjon");
  await refund.getByLabel("Amount to refund").fill("100");
  await refund.getByLabel("Description the customer will see").fill("Delvis refusjon: sen levering");
  await refund.getByLabel("Why (for the audit log)").selectOption({ label: "Delivery problem" });
  await refund.getByLabel("Details (for the audit log)").fill("Delivery two days late");
  await refund.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(refund.getByRole("group", { name: "Confirm refund" })).toContainText(
    new RegExp(
      `Refund 100\\skr of 299\\skr to ${customer.name} \\(order ${coffee.initial.orderId}\\); ${customer.name} will see “Delvis refusjon: sen levering” in the Vipps app`,
    ),
  );
  await refund.getByRole("button", { name: /^Yes, refund 100\skr$/ }).click();
  await expect(refund.getByText("Refunded.", { exact: true })).toBeVisible();
  await statusIs(page, "PARTIALLY_REFUNDED");
  expect((await emulatorCharge(coffee.vippsAgreementId, coffee.initial.orderId)).status).toBe(
    "PARTIALLY_REFUNDED",
  );

  const rest = page.getByRole("form", { name: "Refund" });
  await expect(rest.getByLabel("Amount to refund")).toHaveValue("");
  await rest.getByRole("button", { name: /^Refund all \(199\skr\)$/ }).click();
  await expect(rest.getByLabel("Amount to refund")).toHaveValue("199.00");
  await rest.getByLabel("Why (for the audit log)").selectOption({ label: "Cancelled order" });
  await rest.getByLabel("Details (for the audit log)").fill("Customer cancelled the order");
  await rest.getByRole("button", { name: "Refund", exact: true }).click();
  const lastRefund = rest.getByRole("group", { name: "Confirm refund" });
  await expect(lastRefund).toContainText("will see “Refusjon” in the Vipps app");
  await expect(lastRefund).toContainText("Nothing will be left to refund on this charge.");
  await expect(lastRefund).toContainText("Audit log reason: “Cancelled order: Customer cancelled the order”");
  await rest.getByRole("button", { name: /^Yes, refund 199\skr$/ }).click();
  await statusIs(page, "REFUNDED");
  expect(await chargeStatus(coffee.initial.id)).toBe("REFUNDED");
  expect(await emulatorCharge(coffee.vippsAgreementId, coffee.initial.orderId)).toMatchObject({
    status: "REFUNDED",
    summary: { refunded: 29_900 },
  });

  // Capture part of the reserved grinder, cancel the rest: CHARGED.
  await page.goto(`/support/charges/${grinder.initial.id}`);
  const capture = page.getByRole("form", { name: "Capture" });
  await expect(capture.getByText(/Up to 499\skr of the 499\skr reserved/)).toBeVisible();
  await capture.getByLabel("Amount to capture").fill("300");
  await capture.getByLabel("Reason (for the audit log)").fill("Grinder shipped without the extra burr");
  await capture.getByRole("button", { name: "Capture" }).click();
  await expect(capture.getByRole("group", { name: "Confirm capture" })).toContainText(
    /Capture 300\skr of the 499\skr reserved .*199\skr stays reserved/,
  );
  await capture.getByRole("button", { name: /^Yes, capture 300\skr$/ }).click();
  await statusIs(page, "PARTIALLY_CAPTURED");
  const cancelRest = page.getByRole("form", { name: "Cancel charge" });
  await expect(cancelRest.getByText(/Releases the rest of the reservation/)).toBeVisible();
  await cancelRest.getByLabel("Reason (for the audit log)").fill("Extra burr out of stock");
  await cancelRest.getByRole("button", { name: "Cancel charge" }).click();
  await expect(cancelRest.getByRole("group", { name: "Confirm cancelling" })).toContainText(
    /Release the 199\skr still reserved/,
  );
  await cancelRest.getByRole("button", { name: "Yes, cancel the charge" }).click();
  await statusIs(page, "CHARGED");
  expect(await chargeStatus(grinder.initial.id)).toBe("CHARGED");
  expect(await emulatorCharge(grinder.vippsAgreementId, grinder.initial.orderId)).toMatchObject({
    status: "CHARGED",
    summary: { captured: 30_000, cancelled: 19_900 },
  });

  // Cancel next month's due charge.
  await page.goto(`/support/charges/${coffee.due!.id}`);
  await statusIs(page, "DUE");
  const cancelDue = page.getByRole("form", { name: "Cancel charge" });
  await cancelDue.getByLabel("Reason (for the audit log)").fill("Customer asked to skip next month");
  await cancelDue.getByRole("button", { name: "Cancel charge" }).click();
  await cancelDue.getByRole("button", { name: "Yes, cancel the charge" }).click();
  await statusIs(page, "CANCELLED");
  expect((await emulatorCharge(coffee.vippsAgreementId, coffee.due!.orderId)).status).toBe("CANCELLED");

  // Stop the coffee agreement.
  await page.goto(`/support/agreements/${coffee.id}`);
  const stop = page.getByRole("form", { name: "Stop agreement" });
  await stop.getByLabel("Reason for stopping (for the audit log)").fill("Customer moved abroad");
  await stop.getByRole("button", { name: "Stop agreement" }).click();
  await expect(stop.getByRole("group", { name: "Confirm stopping" })).toContainText(
    `Stop “Kaffe hver måned” for ${customer.name} at Vipps MobilePay now; no charges are waiting`,
  );
  await stop.getByRole("button", { name: "Yes, stop the agreement" }).click();
  await expect(details(page).getByTitle("STOPPED", { exact: true })).toBeVisible();
  expect(await emulatorAgreementStatus(coffee.vippsAgreementId)).toBe("STOPPED");

  // Each step is in the audit log, with who, why, orderId and Idempotency-Key…
  await page.goto(`/support/audit?target=${customer.id}`);
  const log = page.getByRole("table", { name: "Audit log" });
  for (const [action, reason] of [
    ["charge.refund", "Delivery problem: Delivery two days late"],
    ["charge.refund", "Cancelled order: Customer cancelled the order"],
    ["charge.capture", "Grinder shipped without the extra burr"],
    ["charge.cancel", "Extra burr out of stock"],
    ["charge.cancel", "Customer asked to skip next month"],
    ["agreement.stop", "Customer moved abroad"],
  ]) {
    await expect(
      log
        .getByRole("row")
        .filter({ hasText: action })
        .filter({ hasText: reason })
        .filter({ hasText: SUPPORT.email }),
    ).toHaveCount(1);
  }
  await expect(log.getByRole("row").filter({ hasText: coffee.initial.orderId })).toHaveCount(2);

  // …and on the customer's timeline, beside Abo's calls to Vipps.
  await page.goto(`/support/customers/${customer.id}`);
  const timeline = page.getByRole("list", { name: "Customer timeline" });
  for (const text of [
    "Delivery two days late",
    "Customer cancelled the order",
    "Grinder shipped without the extra burr",
    "Extra burr out of stock",
    "Customer asked to skip next month",
    "Customer moved abroad",
  ]) {
    await expect(timeline.getByRole("listitem").filter({ hasText: text })).toHaveCount(1);
  }
  await expect(timeline.getByRole("listitem").filter({ hasText: "RefundCharge" }).first()).toBeVisible();
  await expect(timeline.getByRole("listitem").filter({ hasText: "StopAgreement" })).toHaveCount(1);
});

test("Back on a confirmation changes nothing; Confirm does exactly what the confirmation stated", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const customer = await createCustomer("Mette Dansk");
  // She reads Danish: the refund text starts in Danish even on a Norwegian agreement.
  await sql().query(`UPDATE "Customer" SET locale = 'da' WHERE id = $1`, [customer.id]);
  const box = await arrangeActiveAgreement(customer, {
    initial: 29_900,
    transactionType: "DIRECT_CAPTURE",
    productName: "Kaffekasse",
  });
  const before = await tracesOf(box);
  await signInAsStaff(page, SUPPORT, `/support/charges/${box.initial.id}`);

  const refund = page.getByRole("form", { name: "Refund" });
  const staged = refund.getByRole("group", { name: "Confirm refund" });
  const stageRefund = async () => {
    await refund.getByLabel("Amount to refund").fill("149");
    await refund.getByLabel("Why (for the audit log)").selectOption({ label: "Goodwill" });
    await refund.getByRole("button", { name: "Refund", exact: true }).click();
    await expect(staged).toContainText(
      /Refund 149\skr of 299\skr to Mette Dansk \(order [\w-]+\); Mette Dansk will see “Refundering” in the Vipps app/,
    );
    await expect(staged).toContainText(/150\skr can still be refunded afterwards/);
    await expect(staged).toContainText("Audit log reason: “Goodwill”");
  };
  await expect(refund.getByLabel("Description the customer will see")).toHaveValue("Refundering");
  await stageRefund();
  await expect(staged.getByRole("heading", { name: "Confirm refund" })).toBeFocused();
  await expect(refund.getByLabel("Amount to refund")).toBeDisabled();
  await staged.getByRole("button", { name: "Back" }).click();
  await expect(staged).toHaveCount(0);
  await expect(refund.getByRole("button", { name: "Refund", exact: true })).toBeFocused();
  await expect(refund.getByLabel("Amount to refund")).toHaveValue("149");

  await page.goto(`/support/agreements/${box.id}`);
  const stop = page.getByRole("form", { name: "Stop agreement" });
  await stop.getByLabel("Reason for stopping (for the audit log)").fill("Only looking");
  await stop.getByRole("button", { name: "Stop agreement" }).click();
  await expect(stop.getByRole("group", { name: "Confirm stopping" })).toContainText(
    "Stop “Kaffekasse” for Mette Dansk at Vipps MobilePay now",
  );
  await stop.getByRole("button", { name: "Back" }).click();
  await expect(stop.getByRole("group", { name: "Confirm stopping" })).toHaveCount(0);

  // Backing out sent nothing to Vipps, stored no operation and wrote no audit entry.
  expect(await tracesOf(box)).toEqual(before);
  expect(await emulatorAgreementStatus(box.vippsAgreementId)).toBe("ACTIVE");
  expect((await emulatorCharge(box.vippsAgreementId, box.initial.orderId)).summary?.refunded).toBe(0);

  // Confirm: one refund of exactly 149 kr with the Danish text, audited with the chosen reason.
  await page.goto(`/support/charges/${box.initial.id}`);
  await stageRefund();
  await refund.getByRole("button", { name: /^Yes, refund 149\skr$/ }).click();
  await expect(refund.getByText("Refunded.", { exact: true })).toBeVisible();
  const sent = await sql().query<{ body: unknown }>(
    `SELECT "requestBody" AS body FROM "VippsCall" WHERE "orderId" = $1 AND method <> 'GET' AND operation = 'RefundCharge'`,
    [box.initial.orderId],
  );
  expect(sent.rows.map((r) => r.body)).toEqual([{ amount: 14_900, description: "Refundering" }]);
  const audited = await sql().query<{ reason: string }>(
    `SELECT reason FROM "AuditEvent" WHERE "chargeId" = $1 AND action = 'charge.refund'`,
    [box.initial.id],
  );
  expect(audited.rows).toEqual([{ reason: "Goodwill" }]);
  expect(await emulatorCharge(box.vippsAgreementId, box.initial.orderId)).toMatchObject({
    status: "PARTIALLY_REFUNDED",
    summary: { refunded: 14_900 },
  });
  expect(await tracesOf(box)).toEqual({
    writes: before.writes + 1,
    operations: before.operations + 1,
    audit: before.audit + 1,
  });
});

test("work lists show what needs attention and export as CSV; orderIds and agreement ids are found too", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const customer = await createCustomer("Lars Arbeidsliste");
  const grinder = await arrangeActiveAgreement(customer, {
    initial: 49_900,
    transactionType: "RESERVE_CAPTURE",
    productName: "Kaffekvern",
  });
  await signInAsStaff(page, SUPPORT, "/support/work");
  await page
    .getByRole("navigation", { name: "Work lists" })
    .getByRole("link", { name: "Awaiting capture" })
    .click();

  const list = page.getByRole("table", { name: "Reserved, awaiting capture" });
  const row = list.getByRole("row").filter({ hasText: grinder.initial.orderId });
  await expect(row).toContainText("Lars Arbeidsliste");
  await expect(row).toContainText(/499\skr/);
  const deadline = (
    await sql().query<{ d: string }>(
      `SELECT to_char("captureDeadline", 'YYYY-MM-DD') AS d FROM "Charge" WHERE id = $1`,
      [grinder.initial.id],
    )
  ).rows[0]!.d;
  await expect(row).toContainText(deadline);

  const csv = await page.request.get(
    (await page.getByRole("link", { name: "Download CSV" }).getAttribute("href"))!,
  );
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="awaiting-capture-/);
  const lines = (await csv.text()).split("\r\n");
  expect(lines[0]).toBe("Order id,Customer,Product,Status,Still capturable,Capture deadline");
  expect(lines).toContain(
    `${grinder.initial.orderId},Lars Arbeidsliste,Kaffekvern,Reserved,499\u00a0kr,${deadline}`,
  );

  for (const list of ["Failed charges", "Pending agreements", "Vipps errors"]) {
    await page.getByRole("navigation", { name: "Work lists" }).getByRole("link", { name: list }).click();
    await expect(page.getByRole("link", { name: list })).toHaveAttribute("aria-current", "page");
    const href = (await page.getByRole("link", { name: "Download CSV" }).getAttribute("href"))!;
    expect((await page.request.get(href)).headers()["content-type"], list).toMatch(/^text\/csv/);
  }

  for (const q of [grinder.initial.orderId, grinder.vippsAgreementId]) {
    await page.goto(`/support?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("status")).toHaveText(`1 found for “${q}”.`);
  }
});

test("what Vipps reports shows up on an open charge page by itself", async ({ page }) => {
  test.setTimeout(120_000);
  const customer = await createCustomer("Nora Levende");
  const coffee = await arrangeActiveAgreement(customer, {
    initial: 29_900,
    transactionType: "DIRECT_CAPTURE",
    dueCharge: 29_900,
  });
  await signInAsStaff(page, SUPPORT, `/support/charges/${coffee.due!.id}`);
  await statusIs(page, "DUE");
  await expect(page.getByRole("status").filter({ hasText: "this page updates by itself" })).toBeVisible();
  // The customer stops the agreement in the app: Vipps cancels the due charge and sends webhooks.
  await emulator.userStop(coffee.vippsAgreementId);
  await statusIs(page, "CANCELLED");
  await expect(
    page
      .getByRole("list", { name: "Charge timeline" })
      .getByRole("listitem")
      .filter({ hasText: "recurring.charge-canceled.v1" }),
  ).toBeVisible();
});

test("an agent changes an agreement, makes charges by hand, and sees Vipps's refusals exactly as Vipps sent them", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const customer = await createCustomer("Emil Endring");
  const coffee = await arrangeActiveAgreement(customer, {
    initial: 29_900,
    transactionType: "DIRECT_CAPTURE",
    productName: "Kaffe",
  });
  await signInAsStaff(page, SUPPORT, `/support/agreements/${coffee.id}`);

  const update = page.getByRole("form", { name: "Update agreement" });
  await update.getByLabel("Product name").fill("Kaffe Premium");
  await update.getByLabel("Price (NOK)").fill("349,00");
  await update.getByLabel("Interval: every").fill("2");
  await update.getByLabel("Interval unit").selectOption("WEEK");
  await update.getByLabel("Reason (for the audit log)").fill("Customer upgraded by phone");
  await update.getByRole("button", { name: "Update at Vipps" }).click();
  await expect(update.getByText("Agreement updated at Vipps MobilePay.")).toBeVisible();
  const remote = await emulator.agreement(coffee.vippsAgreementId);
  expect(remote).toMatchObject({
    productName: "Kaffe Premium",
    pricing: { amount: 34_900 },
    interval: { unit: "WEEK", count: 2 },
  });

  // A RECURRING charge with a due date and retry days, and an UNSCHEDULED one (this sales unit may).
  const create = page.getByRole("form", { name: "Create charge" });
  await create.getByLabel("Amount (NOK)").fill("50");
  await create.getByLabel("Description the customer will see").fill("Ekstra pose");
  await create.getByLabel("Retry days").fill("3");
  await create.getByLabel("Reason (for the audit log)").fill("Customer ordered an extra bag");
  await create.getByRole("button", { name: "Create charge" }).click();
  await expect(create.getByText(/Charge abo-x\w+ created \(DUE\)\./)).toBeVisible();
  await create.getByLabel("Charge type").selectOption("UNSCHEDULED");
  await expect(create.getByLabel("Due date")).toHaveCount(0);
  await create.getByLabel("Amount (NOK)").fill("25");
  await create.getByLabel("Description the customer will see").fill("Kaffekopp");
  await create.getByLabel("Reason (for the audit log)").fill("Mug sold over the phone");
  const firstMessage = await create.getByText(/Charge abo-x\w+ created/).textContent();
  await create.getByRole("button", { name: "Create charge" }).click();
  // The first charge's message is still on screen: wait for the second one's.
  await expect(create.getByText(/Charge abo-x\w+ created/)).not.toHaveText(firstMessage!);
  const made = (
    await sql().query<{ type: string; due: string | null; retryDays: number | null; orderId: string }>(
      `SELECT type, to_char(due, 'YYYY-MM-DD') AS due, "retryDays", "orderId" FROM "Charge" WHERE "agreementId" = $1 AND "orderId" LIKE 'abo-x%' ORDER BY "createdAt"`,
      [coffee.id],
    )
  ).rows;
  expect(made.map((c) => c.type)).toEqual(["RECURRING", "UNSCHEDULED"]);
  expect(made[0]).toMatchObject({ retryDays: 3, due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  expect((await emulatorCharge(coffee.vippsAgreementId, made[0]!.orderId)).status).toBe("DUE");

  // Only DUE charges: the status filter.
  await page.getByRole("form", { name: "Filter charges by status" }).getByLabel(/^due/).check();
  await page.getByRole("button", { name: "Filter" }).click();
  const charges = page.getByRole("table", { name: "Charges of this agreement" });
  await expect(charges.getByRole("link", { name: made[0]!.orderId })).toBeVisible();
  await expect(charges.getByRole("link", { name: coffee.initial.orderId })).toHaveCount(0);

  // Vipps refuses more than five times the price within a period: its problem, as it came.
  await create.getByLabel("Charge type").selectOption("RECURRING");
  await create.getByLabel("Amount (NOK)").fill("5000");
  await create.getByLabel("Description the customer will see").fill("For mye");
  await create.getByLabel("Reason (for the audit log)").fill("Testing the ceiling");
  await create.getByRole("button", { name: "Create charge" }).click();
  const refusal = create.getByRole("alert");
  await expect(refusal).toContainText("Vipps MobilePay said no:");
  await expect(refusal).toContainText("charge-amount-too-high");
  await refusal.getByText("Raw JSON").click();
  await expect(refusal.locator("pre")).toContainText('"status": 400');

  // A refund Vipps will not make (the test environment's magic amount 1,23 kr): shown as it came.
  await page.goto(`/support/charges/${coffee.initial.id}`);
  const refund = page.getByRole("form", { name: "Refund" });
  await refund.getByLabel("Amount to refund").fill("1,23");
  await refund.getByLabel("Why (for the audit log)").selectOption({ label: "Other" });
  await refund.getByLabel("Details (for the audit log)").fill("Trying the magic amount");
  await refund.getByRole("button", { name: "Refund", exact: true }).click();
  await refund.getByRole("button", { name: /^Yes, refund 1,23\skr$/ }).click();
  await expect(refund.getByRole("alert")).toContainText("Refund is not possible");
  await expect(refund.getByRole("alert")).toContainText("operation-failed");
  await expect(
    page
      .getByRole("list", { name: "Charge timeline" })
      .getByRole("listitem")
      .filter({ hasText: "charge.refund.failed" }),
  ).toContainText("Trying the magic amount");
});

test("every support page passes an accessibility check (WCAG 2.2 AA, axe)", async ({ page }) => {
  test.setTimeout(300_000);
  const customer = await createCustomer("Ella Tilgjengelig");
  const coffee = await arrangeActiveAgreement(customer, {
    initial: 29_900,
    transactionType: "RESERVE_CAPTURE",
    dueCharge: 29_900,
  });
  await signInAsStaff(page, SUPPORT);
  for (const url of [
    `/support?q=${customer.phone}`,
    `/support/customers/${customer.id}`,
    `/support/agreements/${coffee.id}`,
    `/support/charges/${coffee.initial.id}`,
    `/support/charges/${coffee.due!.id}`,
    "/support/work?list=awaiting-capture",
    "/support/audit",
    "/support/checklist",
  ]) {
    await page.goto(url);
    await expect(page.locator("main#main")).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      url,
    ).toEqual([]);
  }
  // …and with a confirmation open.
  await page.goto(`/support/charges/${coffee.initial.id}`);
  const capture = page.getByRole("form", { name: "Capture" });
  await capture.getByLabel("Reason (for the audit log)").fill("Checking the confirmation");
  await capture.getByRole("button", { name: "Capture" }).click();
  await expect(capture.getByRole("group", { name: "Confirm capture" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
  ).toEqual([]);
});
