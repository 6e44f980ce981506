import { expect, test } from "@playwright/test";
import { brandOf } from "../components/brand/brand";
import { appNow, sql } from "./fixtures/db";
import {
  agreementOf,
  createTestProduct,
  expectAccessible,
  screenshots,
  signUpAndApprove,
  startSignUp,
  uniqueEmail,
  uniquePhone,
} from "./customer-flows";
import { emulator } from "./fixtures/emulator";

// Sign-ups, e-mailed sign-in links and the worker's jobs on a shared 2-core machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });

// Sign-up with Vipps against the emulator: the storefront, the product page's form and button, the
// emulator's approval page, and the return page, which polls and never trusts the redirect.

test("the storefront and a product page state price, offer and first payment plainly, with the Vipps button", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Fjordkaffe" })).toBeVisible();
  const coffee = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Kaffeabonnement" }) });
  await expect(coffee).toContainText("NOK 299 per month");
  await expect(coffee).toContainText("Offer: NOK 99 for the first month, then NOK 299 per month.");
  await expect(coffee).toContainText(
    "NOK 99 is reserved on your card when you approve and charged when we ship: Første pose kaffe.",
  );
  await expectAccessible(page);
  await screenshots(page, "storefront");

  await page.getByRole("link", { name: "See Kaffeabonnement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kaffeabonnement" })).toBeVisible();
  const button = page.getByRole("button", { name: "Continue with Vipps" });
  await expect(button).toHaveCSS("background-color", "rgb(255, 91, 36)");
  await expectAccessible(page);
  await screenshots(page, "product");

  // Denmark: MobilePay (Vipps from 12 January 2027 on Abo's clock), in its own blue, with prices in DKK.
  await page.getByRole("link", { name: "Denmark" }).click();
  await expect(page.getByRole("link", { name: "Denmark" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText(/DKK\s199 per month/).first()).toBeVisible();
  await expect(
    page.getByRole("button", { name: `Continue with ${brandOf("DK", await appNow())}` }),
  ).toHaveCSS("background-color", "rgb(90, 120, 255)");
  await screenshots(page, "product-dk");
});

test("sign up, approve on the emulator's page, and the return page shows the subscription active", async ({
  page,
  browser,
}) => {
  const { returnUrl, agreement, email } = await signUpAndApprove(page, { slug: "fjordkaffe-pluss" });
  expect(agreement.status).toBe("ACTIVE");
  await expect(page.getByRole("link", { name: "Go to my subscriptions" })).toHaveAttribute(
    "href",
    `/account/subscriptions/${agreement.id}`,
  );
  await expectAccessible(page);
  await screenshots(page, "return-active");
  expect((await emulator.agreement(agreement.vippsAgreementId)).status).toBe("ACTIVE");

  // The redirect may land in another browser: no cookie, the token alone shows the outcome.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(returnUrl);
  await expect(other.getByRole("status").filter({ hasText: /Fjordkaffe Pluss is active/ })).toBeVisible();
  await expect(other.getByText(email)).toHaveCount(0);
  await fresh.close();
});

test("a rejection in the app is shown, with a way to start again", async ({ page }) => {
  const email = uniqueEmail("avslag");
  await startSignUp(page, { slug: "fjordkaffe-pluss" }, { email, phone: uniquePhone() });
  await page.getByRole("button", { name: "Reject" }).click();
  await page.waitForURL(/\/subscribe\/return\//);
  await expect(page.getByRole("status").filter({ hasText: "You declined in Vipps" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start again" })).toHaveAttribute(
    "href",
    "/products/fjordkaffe-pluss?market=NO",
  );
  await expectAccessible(page);
  await screenshots(page, "return-rejected");
  expect(await agreementOf(email)).toMatchObject({ status: "STOPPED", stopCause: "REJECTED" });
});

test("a request left unanswered for 10 minutes is shown as expired", async ({ page }) => {
  const email = uniqueEmail("treg");
  await startSignUp(page, { slug: "fjordkaffe-pluss" }, { email, phone: uniquePhone() });
  await page.getByRole("link", { name: /Abandon/ }).click();
  await page.waitForURL(/\/subscribe\/return\//);
  await expect(
    page.getByRole("status").filter({ hasText: "Waiting for your answer in Vipps" }),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "return-pending");

  await emulator.advance({ minutes: 11 });
  await expect(page.getByRole("status").filter({ hasText: "The request expired" })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole("status")).toContainText(
    "Vipps does not let users under 18 approve subscriptions",
  );
  await expectAccessible(page);
  await screenshots(page, "return-expired");
  expect(await agreementOf(email)).toMatchObject({ status: "EXPIRED" });
});

test("a first payment that fails is shown as a failed payment with what to do, at phone width", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const product = await createTestProduct({
    name: "Første betaling feiler",
    amount: 14_900,
    initialCharge: { amount: 14_900, description: "Første måned" },
  });
  const email = uniqueEmail("kort");
  // Emulator test user 4790000004 approves, but the first payment always fails (expired card).
  await startSignUp(page, product, { email, phone: "4790000004" });
  await page.getByRole("button", { name: "Approve" }).click();
  await page.waitForURL(/\/subscribe\/return\//);
  const status = page.getByRole("status").filter({ hasText: "Your first payment did not go through" });
  await expect(status).toBeVisible({ timeout: 30_000 });
  await expect(status).toContainText("check or change your payment card");
  await expect(page.getByText("The request expired")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Start again" })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "return-first-payment-failed");
  expect(await agreementOf(email)).toMatchObject({ status: "EXPIRED" });
});

test("bad input in the sign-up form is named at each field, and nothing is stored", async ({ page }) => {
  await page.goto("/products/fjordkaffe-pluss?market=NO");
  await page.getByRole("button", { name: "Continue with Vipps" }).click();
  const email = page.getByLabel("Email address");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/Enter a valid email address/);
  await expect(email).toBeFocused();
  await expect(page.getByLabel("Mobile number")).toHaveAccessibleDescription(/Fill in this field/);
  await expect(page.getByLabel(/I accept the .* terms of sale/)).toHaveAccessibleDescription(
    /Accept the terms of sale to continue/,
  );
  await expect(
    page.getByRole("alert").filter({ hasText: "Please correct the fields marked below." }),
  ).toBeVisible();

  const address = uniqueEmail("feil");
  await email.fill(address);
  await page.getByLabel("Mobile number").fill("+45 12345678");
  await page.getByRole("button", { name: "Continue with Vipps" }).click();
  await expect(page.getByLabel("Mobile number")).toHaveAccessibleDescription(
    /Enter a mobile number from the country shown/,
  );
  await screenshots(page, "product-errors");
  await expectAccessible(page);
  const { rows } = await sql().query(`SELECT count(*)::int AS n FROM "Customer" WHERE email = $1`, [address]);
  expect(rows[0].n).toBe(0);
  expect(page.url()).toContain("/products/fjordkaffe-pluss");
});

test("the pages speak the chosen language, with local money and dates", async ({ page }) => {
  await page.goto("/products/fjordkaffe-pluss?market=NO");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Norsk bokmål" }).click();
  await expect(page.getByRole("button", { name: "Fortsett med Vipps" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByText(/79\skr per måned/).first()).toBeVisible();
  await screenshots(page, "product-nb");

  await page.getByRole("group", { name: "Språk" }).getByRole("button", { name: "Suomi" }).click();
  await page.getByRole("link", { name: "Suomi" }).click();
  // MobilePay until 12 January 2027 on Abo's clock, Vipps from then (e2e/brand-change.spec.ts).
  const brand = brandOf("FI", await appNow());
  await expect(
    page.getByRole("button", { name: brand === "Vipps" ? "Jatka Vippsillä" : "Jatka MobilePaylla" }),
  ).toBeVisible();
  await expect(page.getByText(/7,90\s€ kuukaudessa/).first()).toBeVisible();

  await page.getByRole("group", { name: "Kieli" }).getByRole("button", { name: "Dansk" }).click();
  await page.getByRole("link", { name: "Danmark" }).click();
  await expect(page.getByRole("button", { name: `Fortsæt med ${brand}` })).toBeVisible();
  await expect(page.getByText(/59\skr\. pr\. måned/).first()).toBeVisible();
  await expectAccessible(page);
});
