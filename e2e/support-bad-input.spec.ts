import type { Locator } from "@playwright/test";
import { arrangeActiveAgreement, emulatorCharge, tracesOf } from "./fixtures/support-data";
import { expect, test } from "./fixtures/test";

/** The message shown next to a field (tied to it with aria-describedby). */
async function expectFieldError(form: Locator, label: string | RegExp, message: string | RegExp) {
  const field = form.getByLabel(label);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(
    typeof message === "string" ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) : message,
  );
}

test("bad amounts, descriptions and missing reasons get a clear message at the field and never reach Vipps", async ({
  supportPage: page,
  customer,
}) => {
  test.setTimeout(120_000);
  const a = await arrangeActiveAgreement(customer, { initial: 29_900, transactionType: "DIRECT_CAPTURE" });
  const b = await arrangeActiveAgreement(customer, { initial: 19_900, transactionType: "RESERVE_CAPTURE" });
  const before = { a: await tracesOf(a), b: await tracesOf(b) };
  await page.goto(`/support/charges/${a.initial.id}`);

  // Every mistake is caught at the field before a confirmation is offered.
  const refund = page.getByRole("form", { name: "Refund" });
  const submit = () => refund.getByRole("button", { name: "Refund", exact: true }).click();
  await refund.getByLabel("Why (for the audit log)").selectOption({ label: "Goodwill" });
  for (const [amount, message] of [
    ["-50", "The amount must be above zero"],
    ["0", "The amount must be above zero"],
    ["0,00", "The amount must be above zero"],
    ["abc", /Enter an amount like 149.50/],
    ["12.345", /Enter an amount like 149.50/],
    ["", "Enter an amount"],
    ["300", /At most 299\skr/],
    ["0.50", /At least 1\skr/],
  ] as const) {
    await refund.getByLabel("Amount to refund").fill(amount);
    await submit();
    await expectFieldError(refund, "Amount to refund", message);
    await expect(refund.getByRole("group", { name: "Confirm refund" })).toHaveCount(0);
  }
  await refund.getByLabel("Amount to refund").fill("10");
  await refund.getByLabel("Description the customer will see").fill("x".repeat(101));
  await submit();
  await expectFieldError(refund, "Description the customer will see", "At most 100 characters");
  await refund.getByLabel("Description the customer will see").fill("");
  await submit();
  await expectFieldError(refund, "Description the customer will see", /Write what the customer will see/);
  await refund.getByLabel("Description the customer will see").fill("Ok");
  await refund.getByLabel("Why (for the audit log)").selectOption({ label: "Choose a reason" });
  await submit();
  await expectFieldError(refund, "Why (for the audit log)", "Choose why you are refunding");
  await refund.getByLabel("Why (for the audit log)").selectOption({ label: "Other" });
  await refund.getByLabel("Details (for the audit log)").fill(" ");
  await submit();
  await expectFieldError(refund, "Details (for the audit log)", /Say what happened/);
  await expect(refund.getByRole("alert")).toContainText("Nothing was saved or sent");
  await expect(refund.getByRole("group", { name: "Confirm refund" })).toHaveCount(0);

  await page.goto(`/support/charges/${b.initial.id}`);
  const capture = page.getByRole("form", { name: "Capture" });
  await capture.getByLabel("Reason (for the audit log)").fill("Testing the form");
  for (const [amount, message] of [
    ["-1", "The amount must be above zero"],
    ["ti kroner", /Enter an amount like 149.50/],
    ["200", /At most 199\skr/],
  ] as const) {
    await capture.getByLabel("Amount to capture").fill(amount);
    await capture.getByRole("button", { name: "Capture" }).click();
    await expectFieldError(capture, "Amount to capture", message);
  }
  await capture.getByLabel("Amount to capture").fill("100");
  await capture.getByLabel("Reason (for the audit log)").fill("");
  await capture.getByRole("button", { name: "Capture" }).click();
  await expectFieldError(capture, "Reason (for the audit log)", /Write why you are doing this/);
  const cancel = page.getByRole("form", { name: "Cancel charge" });
  await cancel.getByRole("button", { name: "Cancel charge" }).click();
  await expectFieldError(cancel, "Reason (for the audit log)", /Write why you are doing this/);

  await page.goto(`/support/agreements/${a.id}`);
  const create = page.getByRole("form", { name: "Create charge" });
  await create.getByLabel(/^Amount/).fill("-10");
  await create.getByLabel("Description the customer will see").fill("y".repeat(46));
  await create.getByRole("button", { name: "Create charge" }).click();
  await expectFieldError(create, /^Amount/, "The amount must be above zero");
  await expectFieldError(create, "Description the customer will see", "At most 45 characters");
  await expectFieldError(create, "Reason (for the audit log)", /Write why you are doing this/);
  const update = page.getByRole("form", { name: "Update agreement" });
  await update.getByLabel("Price (NOK)").fill("0");
  await update.getByLabel("Product name").fill("z".repeat(46));
  await update.getByRole("button", { name: "Update at Vipps" }).click();
  await expectFieldError(update, "Price (NOK)", "The amount must be above zero");
  await expectFieldError(update, "Product name", "At most 45 characters");
  await expectFieldError(update, "Reason (for the audit log)", /Write why you are doing this/);
  const stop = page.getByRole("form", { name: "Stop agreement" });
  await stop.getByRole("button", { name: "Stop agreement" }).click();
  await expectFieldError(stop, "Reason for stopping (for the audit log)", /Write why you are doing this/);

  // Nothing reached Vipps, nothing was stored, nothing was audited.
  expect(await tracesOf(a)).toEqual(before.a);
  expect(await tracesOf(b)).toEqual(before.b);
  expect(await emulatorCharge(a.vippsAgreementId, a.initial.orderId)).toMatchObject({
    status: "CHARGED",
    summary: { refunded: 0 },
  });
  expect((await emulatorCharge(b.vippsAgreementId, b.initial.orderId)).status).toBe("RESERVED");
});
