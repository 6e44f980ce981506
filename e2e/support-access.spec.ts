import {
  expect,
  request as playwrightRequest,
  test,
  type Locator,
  type Page,
  type Request,
} from "@playwright/test";
import { ADMIN, SUPPORT, signInAsCustomer, signInAsStaff } from "./fixtures/auth";
import { sql } from "./fixtures/db";
import {
  count,
  arrangeActiveAgreement,
  createCustomer,
  emulatorAgreementStatus,
  emulatorCharge,
  tracesOf,
} from "./fixtures/support-data";

const PAGES = [
  "/support",
  "/support?q=kari",
  "/support/work",
  "/support/work?list=vipps-errors",
  "/support/audit",
  "/support/checklist",
  "/support/customers/x",
  "/support/agreements/x",
  "/support/charges/x",
];
const ROUTES = [
  "/api/support/charges/x",
  "/api/support/work/failed-charges",
  "/api/support/work/vipps-errors",
  "/api/support/checklist/x?format=pdf",
  "/api/support/checklist/x?format=md",
];

test("anonymous visitors get nothing: support pages send them to sign in, support routes answer 401", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const anonymous = await playwrightRequest.newContext({ baseURL });
  for (const url of PAGES) {
    const response = await anonymous.get(url, { maxRedirects: 0 });
    expect([303, 307, 308], url).toContain(response.status());
    expect(response.headers().location, url).toMatch(/\/sign-in\?/);
    expect(await response.text(), url).not.toContain("Support console");
  }
  for (const url of ROUTES) {
    const response = await anonymous.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(401);
    expect(response.headers()["content-type"], url).not.toMatch(/csv|pdf|markdown/);
  }
  await anonymous.dispose();
});

test("customers get a 404 from every support page and route", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsCustomer(page);
  for (const url of PAGES) expect((await page.goto(url))?.status(), url).toBe(404);
  for (const url of ROUTES) expect((await page.request.get(url)).status(), url).toBe(404);
});

const isAction = (r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]);

/** Submits a form as its user would, and returns the server action request it sent. */
async function actionRequest(page: Page, form: string): Promise<Request> {
  const target = page.getByRole("form", { name: form });
  const sent = page.waitForRequest(isAction);
  await target.evaluate((f: HTMLFormElement) => f.requestSubmit());
  const req = await sent;
  await req.response();
  return req;
}

/**
 * A form with a confirmation step sends nothing before Confirm, and checks its input first: it is
 * filled in and confirmed, and the request is dropped in the browser, so it never reaches the server.
 */
async function confirmedActionRequest(
  page: Page,
  form: string,
  fill: (form: Locator) => Promise<void>,
): Promise<Request> {
  const target = page.getByRole("form", { name: form });
  await fill(target);
  await target.evaluate((f: HTMLFormElement) => f.requestSubmit());
  await page.route("**/*", (route) => (isAction(route.request()) ? route.abort() : route.fallback()));
  const sent = page.waitForRequest(isAction);
  await target.getByRole("button", { name: /^Yes, / }).click();
  const req = await sent;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return req;
}

test("server actions refuse anonymous users and customers, and nothing changes", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const customer = await createCustomer();
  const a = await arrangeActiveAgreement(customer, {
    initial: 29_900,
    transactionType: "DIRECT_CAPTURE",
    dueCharge: 29_900,
  });
  const b = await arrangeActiveAgreement(customer, { initial: 19_900, transactionType: "RESERVE_CAPTURE" });

  // An admin's browser shows what each action request looks like (sent with a missing reason, so
  // the server refuses it at the schema and nothing happens; or confirmed and dropped in the browser).
  await signInAsStaff(page, ADMIN);
  const captured: { name: string; url: string; req: Request; valid: Record<string, string> }[] = [];
  const take = async (
    url: string,
    form: string,
    valid: Record<string, string>,
    fill?: (form: Locator) => Promise<void>,
  ) => {
    await page.goto(url);
    const req = fill ? await confirmedActionRequest(page, form, fill) : await actionRequest(page, form);
    captured.push({ name: form, url, req, valid });
  };
  const reason = { reason: "Replayed by someone without access" };
  const giveReason = (label: string) => (form: Locator) =>
    form.getByLabel(label).fill("Looking at the request");
  await take(
    `/support/charges/${a.initial.id}`,
    "Refund",
    { amount: "100", description: "x", reasonCode: "GOODWILL", reasonDetails: reason.reason },
    async (form) => {
      await form.getByLabel("Amount to refund").fill("1");
      await form.getByLabel("Why (for the audit log)").selectOption({ label: "Goodwill" });
    },
  );
  await take(
    `/support/charges/${a.due!.id}`,
    "Cancel charge",
    reason,
    giveReason("Reason (for the audit log)"),
  );
  await take(
    `/support/charges/${b.initial.id}`,
    "Capture",
    { amount: "100", ...reason },
    giveReason("Reason (for the audit log)"),
  );
  await take(`/support/agreements/${a.id}`, "Update agreement", { productName: "Hijacked", ...reason });
  await take(`/support/agreements/${a.id}`, "Create charge", {
    type: "UNSCHEDULED",
    amount: "100",
    description: "x",
    ...reason,
  });
  await take(
    `/support/agreements/${a.id}`,
    "Stop agreement",
    reason,
    giveReason("Reason for stopping (for the audit log)"),
  );
  await take(`/support/charges/${a.initial.id}`, "Refresh from Vipps", {});
  await take(`/support/agreements/${a.id}`, "Refresh agreement from Vipps", {});

  const before = { a: await tracesOf(a), b: await tracesOf(b), audit: await count("AuditEvent") };
  const customerContext = await browser.newContext({ baseURL });
  await signInAsCustomer(await customerContext.newPage());
  const anonymous = await playwrightRequest.newContext({ baseURL });

  for (const { name, url, req, valid } of captured) {
    const [input] = JSON.parse(req.postData() ?? "[{}]") as Record<string, string>[];
    const body = JSON.stringify([{ ...input, ...valid }]);
    const headers = {
      "Next-Action": req.headers()["next-action"]!,
      "Content-Type": req.headers()["content-type"] ?? "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    };
    const asAnonymous = await anonymous.post(url, { headers, data: body, maxRedirects: 0 });
    expect([303, 307, 308], `${name} anonymous`).toContain(asAnonymous.status());
    const asCustomer = await customerContext.request.post(url, { headers, data: body, maxRedirects: 0 });
    const text = await asCustomer.text();
    expect(text, `${name} as a customer`).not.toMatch(
      /Refunded\.|Captured\.|Cancelled\.|stopped\.|updated at Vipps|created \(|Up to date|Read from Vipps/,
    );
  }

  expect(await tracesOf(a)).toEqual(before.a);
  expect(await tracesOf(b)).toEqual(before.b);
  expect(await count("AuditEvent")).toBe(before.audit);
  expect(await emulatorCharge(a.vippsAgreementId, a.initial.orderId)).toMatchObject({
    status: "CHARGED",
    summary: { refunded: 0 },
  });
  expect((await emulatorCharge(a.vippsAgreementId, a.due!.orderId)).status).toBe("DUE");
  expect((await emulatorCharge(b.vippsAgreementId, b.initial.orderId)).status).toBe("RESERVED");
  expect(await emulatorAgreementStatus(a.vippsAgreementId)).toBe("ACTIVE");
  const row = (await sql().query(`SELECT status, "productName" FROM "Agreement" WHERE id = $1`, [a.id]))
    .rows[0];
  expect(row).toEqual({ status: "ACTIVE", productName: "Kaffeabonnement" });

  // The same request from the admin's own session does take effect: the replays above were real.
  const update = captured.find((c) => c.name === "Update agreement")!;
  const [input] = JSON.parse(update.req.postData() ?? "[{}]") as Record<string, string>[];
  await page.request.post(update.url, {
    headers: {
      "Next-Action": update.req.headers()["next-action"]!,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    data: JSON.stringify([{ ...input, productName: "Renamed by the admin", reason: "Control: staff may" }]),
  });
  expect((await sql().query(`SELECT "productName" FROM "Agreement" WHERE id = $1`, [a.id])).rows[0]).toEqual({
    productName: "Renamed by the admin",
  });
  await anonymous.dispose();
  await customerContext.close();
});

test("support cannot do what needs the admin role: a refund above the threshold, a stop when only admins may, the checklist run", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const customer = await createCustomer();
  // The demo merchant lets support refund up to 1 000 kr; this charge is 1 500 kr.
  const big = await arrangeActiveAgreement(customer, {
    initial: 150_000,
    transactionType: "DIRECT_CAPTURE",
    productName: "Espressomaskin",
  });
  await sql().query(`UPDATE "Merchant" SET "stopRequiresAdmin" = true`);
  try {
    const before = await tracesOf(big);
    const runs = await count("ChecklistRun");
    await signInAsStaff(page, SUPPORT);

    await page.goto(`/support/charges/${big.initial.id}`);
    const refund = page.getByRole("form", { name: "Refund" });
    await refund.getByRole("button", { name: /^Refund all/ }).click();
    await expect(refund.getByRole("button", { name: "Refund", exact: true })).toBeDisabled();
    await expect(refund.getByText(/Needs the admin role: refunds above 1\s000\skr/)).toBeVisible();
    await refund.getByLabel("Why (for the audit log)").selectOption({ label: "Goodwill" });
    // Forced past the disabled button and confirmed: the server refuses it all the same.
    await refund.evaluate((f: HTMLFormElement) => f.requestSubmit());
    await refund.getByRole("button", { name: /^Yes, refund/ }).click();
    await expect(refund.getByRole("alert")).toContainText(/need the admin role/);

    await page.goto(`/support/agreements/${big.id}`);
    const stop = page.getByRole("form", { name: "Stop agreement" });
    await expect(stop.getByRole("button", { name: "Stop agreement" })).toBeDisabled();
    await expect(
      stop.getByText("Needs the admin role: this merchant lets only admins stop agreements."),
    ).toBeVisible();
    await stop.getByLabel("Reason for stopping (for the audit log)").fill("Trying anyway");
    await stop.evaluate((f: HTMLFormElement) => f.requestSubmit());
    await stop.getByRole("button", { name: "Yes, stop the agreement" }).click();
    await expect(stop.getByRole("alert")).toContainText("Stopping agreements needs the admin role.");

    await page.goto("/support/checklist");
    const run = page.getByRole("form", { name: "Run the verification" });
    await expect(run.getByRole("button", { name: "Run the test-environment verification" })).toBeDisabled();
    await expect(run.getByText(/Needs the admin role/)).toBeVisible();
    await run.evaluate((f: HTMLFormElement) => f.requestSubmit());
    await expect(run.getByRole("alert")).toContainText("This needs the admin role.");

    expect(await tracesOf(big)).toEqual(before);
    expect(await count("ChecklistRun")).toBe(runs);
    expect(await emulatorCharge(big.vippsAgreementId, big.initial.orderId)).toMatchObject({
      status: "CHARGED",
      summary: { refunded: 0 },
    });
    expect(await emulatorAgreementStatus(big.vippsAgreementId)).toBe("ACTIVE");

    // An admin may do both.
    const adminContext = await browser.newContext({ baseURL });
    const admin = await adminContext.newPage();
    await signInAsStaff(admin, ADMIN, `/support/charges/${big.initial.id}`);
    const adminRefund = admin.getByRole("form", { name: "Refund" });
    await adminRefund.getByRole("button", { name: /^Refund all/ }).click();
    await adminRefund.getByLabel("Why (for the audit log)").selectOption({ label: "Cancelled order" });
    await adminRefund.getByLabel("Details (for the audit log)").fill("Machine returned in full");
    await adminRefund.getByRole("button", { name: "Refund", exact: true }).click();
    await adminRefund.getByRole("button", { name: /^Yes, refund 1\s500\skr$/ }).click();
    await expect(
      admin.getByRole("region", { name: "Details" }).getByTitle("REFUNDED", { exact: true }),
    ).toBeVisible();
    await admin.goto(`/support/agreements/${big.id}`);
    const adminStop = admin.getByRole("form", { name: "Stop agreement" });
    await adminStop.getByLabel("Reason for stopping (for the audit log)").fill("Machine returned");
    await adminStop.getByRole("button", { name: "Stop agreement" }).click();
    await adminStop.getByRole("button", { name: "Yes, stop the agreement" }).click();
    await expect(
      admin.getByRole("region", { name: "Details" }).getByTitle("STOPPED", { exact: true }),
    ).toBeVisible();
    await adminContext.close();
  } finally {
    await sql().query(`UPDATE "Merchant" SET "stopRequiresAdmin" = false`);
  }
});
