// Closed by default (issue 13, finding 11): odd input in a URL (a NUL in an id, an impossible date,
// an invalid percent-escape) is answered with a 4xx or a page saying what was left out, never a 500.
// Requests go through the real HTTP server, so Next's own router is part of what is tested.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { CUSTOMER_EMAIL, SUPPORT, signInAsCustomer, signInAsStaff } from "./fixtures/auth";

const ODD_URLS = [
  "/api/account/subscriptions/%00",
  "/api/account/subscriptions/%FF",
  "/api/support/charges/%00",
  "/api/support/charges/%C0%AF",
  "/api/support/checklist/%00",
  "/api/support/checklist/%00?format=pdf",
  "/api/subscribe/return/%00",
  "/api/support/work/%00",
  "/support/audit?actor=%00",
  "/support/audit?action=%00&target=%00",
  "/support/audit?from=9999-99-99",
  "/support/audit?from=2030-02-30&to=%00",
  "/support/audit?before=%00",
  "/support?q=%00",
  "/support?q=%ED%A0%80",
  "/support/work?list=%00",
  "/support/checklist?salesUnit=%00",
  "/support/charges/%00",
  "/support/charges/%FF",
  "/support/agreements/%00",
  "/support/agreements/%C0%AF",
  "/support/customers/%00",
  "/account/subscriptions/%00",
  "/account/subscriptions/%FF",
  "/account/receipts/%00",
  "/products/%00",
  "/products/%C0%AF",
  "/subscribe/return/%00",
  "/setup/invite/%00",
];

async function expectNoServerError(client: APIRequestContext, who: string) {
  const failures: string[] = [];
  for (const url of ODD_URLS) {
    const response = await client.get(url, { maxRedirects: 0 });
    if (response.status() >= 500) failures.push(`${url} → ${response.status()}`);
  }
  expect(failures, `${who}: no 5xx`).toEqual([]);
}

test("anonymous visitors: odd ids, dates and escapes never give a 5xx", async ({ baseURL }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  await expectNoServerError(anonymous, "anonymous");
  await anonymous.dispose();
});

test("support staff: odd ids give a 404, an unreadable audit filter is named on the page", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAsStaff(page, SUPPORT);
  await expectNoServerError(page.request, "support");
  for (const url of ["/api/support/charges/%00", "/api/support/checklist/%00"])
    expect((await page.request.get(url)).status(), url).toBe(404);
  for (const url of ["/support/charges/%00", "/support/agreements/%00", "/support/customers/%00"])
    expect((await page.goto(url))?.status(), url).toBe(404);

  expect((await page.goto("/support/audit?from=9999-99-99&actor=%00"))?.status()).toBe(200);
  const notice = page.getByRole("alert").filter({ hasText: "Left out of the filter" });
  await expect(notice).toContainText("could not be read: actor, from.");
});

test("customers: an odd subscription or receipt id is a 404, not a 500", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsCustomer(page, CUSTOMER_EMAIL);
  await expectNoServerError(page.request, "customer");
  expect((await page.request.get("/api/account/subscriptions/%00")).status()).toBe(404);
  expect((await page.goto("/account/subscriptions/%00"))?.status()).toBe(404);
});
