import { expect, test, type Page } from "@playwright/test";
import { agreementOf, uniqueEmail, uniquePhone } from "./customer-flows";
import { emulator } from "./fixtures/emulator";
import { count, emptyDatabase, restoreDatabase } from "./admin-db";
import { sql } from "./fixtures/db";
import { trackRequestIds, vippsCallsFor } from "./fixtures/vipps-calls";

// A new merchant, from an empty database: first-run setup, the onboarding wizard (keys, connection,
// webhooks, first product, go-live verification), and a first customer whose agreement ends ACTIVE
// in the emulator. The demo data the other specs use is copied aside first and put back after.

const KEYS = {
  msn: "123456",
  clientId: "abo-test-client",
  clientSecret: "abo-test-secret",
  subscriptionKey: "abo-test-subscription-key",
};
const ADMIN = {
  business: "Fjellbrød",
  name: "Ada Admin",
  email: "ada@fjellbrod.test",
  password: "surdeig-hver-morgen",
};

test.beforeAll(emptyDatabase);
test.afterAll(restoreDatabase);

/** Every response body the app sends to the browser, for the secrets check at the end. */
function recordResponses(page: Page): string[] {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    if (response.url().startsWith(process.env.E2E_BASE_URL!))
      bodies.push(await response.text().catch(() => ""));
  });
  return bodies;
}

test("a new merchant goes from an empty database through the wizard to a live product and a first ACTIVE agreement", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const bodies = recordResponses(page);
  // The worker may still be finishing the demo data's polls when the database is emptied: only the
  // calls this page's requests made count.
  const posts = trackRequestIds(page);
  expect(await count("User")).toBe(0);
  expect(await count("Merchant")).toBe(0);

  await test.step("first run: the admin account, refused until the form is right", async () => {
    await page.goto("/setup");
    await expect(page.getByRole("heading", { level: 1, name: "Set up your shop" })).toBeVisible();
    await page.getByLabel("Email", { exact: true }).fill("not-an-email");
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Create admin account" }).click();
    await expect(page.getByLabel("Business name", { exact: true })).toHaveAccessibleDescription(
      /Enter the business name/,
    );
    await expect(page.getByLabel("Email", { exact: true })).toHaveAccessibleDescription(
      /Enter an email address like name@example.com/,
    );
    await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
      /Use at least 12 characters/,
    );
    expect(await count("User")).toBe(0);
    expect(await count("Merchant")).toBe(0);

    await page.getByLabel("Business name", { exact: true }).fill(ADMIN.business);
    await page.getByLabel("Your name").fill(ADMIN.name);
    await page.getByLabel("Email", { exact: true }).fill(ADMIN.email);
    await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
    await page.getByRole("button", { name: "Create admin account" }).click();
    await page.waitForURL(/\/admin\/onboarding$/);
    await expect(page.getByRole("heading", { level: 1, name: "Onboarding" })).toBeVisible();
    // Setup is closed once an admin exists.
    expect((await page.request.get("/setup")).status()).toBe(404);
  });

  const keysForm = page.getByRole("form", { name: "Test sales unit keys" });
  const unit = page.getByRole("region", { name: `Sales unit ${KEYS.msn}` });
  const saveKeys = async (keys: typeof KEYS) => {
    if (!(await keysForm.isVisible())) await page.getByText("Add or replace test keys").click();
    await keysForm.getByLabel("Sales unit name").fill("Nettbutikk Norge");
    await keysForm.getByLabel("Merchant serial number (MSN)").fill(keys.msn);
    await keysForm.getByLabel("client_id").fill(keys.clientId);
    await keysForm.getByLabel("client_secret").fill(keys.clientSecret);
    await keysForm.getByLabel("Subscription key").fill(keys.subscriptionKey);
    await keysForm.getByRole("button", { name: "Save test keys" }).click();
  };

  await test.step("keys: checked before anything is stored or sent", async () => {
    await keysForm.getByLabel("Merchant serial number (MSN)").fill("12ab");
    await keysForm.getByLabel("client_id").fill(KEYS.clientId);
    await keysForm.getByRole("button", { name: "Save test keys" }).click();
    await expect(keysForm.getByLabel("Merchant serial number (MSN)")).toHaveAccessibleDescription(
      /4 to 7 digits/,
    );
    await expect(keysForm.getByLabel("client_secret")).toHaveAccessibleDescription(/Paste the client_secret/);
    await expect(keysForm.getByLabel("Sales unit name")).toHaveAccessibleDescription(/Name the sales unit/);
    expect(await count("SalesUnit")).toBe(0);
    expect(await vippsCallsFor(posts)).toBe(0);
  });

  await test.step("connection: a wrong secret shows Vipps's answer; the right keys connect", async () => {
    await saveKeys({ ...KEYS, clientSecret: "not-the-right-secret" });
    await expect(keysForm.getByRole("status")).toContainText("subscription key ••••-key");
    await unit.getByRole("button", { name: `Test connection (MSN ${KEYS.msn})` }).click();
    await expect(unit.getByRole("alert")).toContainText(
      /The access token was refused\. Vipps MobilePay answered 401/,
    );

    // The wizard's order: production waits for the connection test and the verification, and says so.
    await expect(page.getByRole("button", { name: "Switch to production" })).toBeDisabled();
    await expect(page.getByRole("note", { name: "Before going live:" })).toContainText(
      `test the connection of the test sales unit (MSN ${KEYS.msn}) successfully`,
    );
    await expect(page.getByRole("note", { name: "Before going live:" })).toContainText(
      "pass the go-live verification in the test environment",
    );

    await saveKeys(KEYS);
    await expect(unit).toContainText("Not tested yet");
    await unit.getByRole("button", { name: `Test connection (MSN ${KEYS.msn})` }).click();
    await expect(unit.getByRole("status")).toContainText("Connected");
    expect(await count("SalesUnit")).toBe(1);
  });

  await test.step("webhooks are registered with the emulator", async () => {
    await unit.getByRole("button", { name: `Register webhooks (MSN ${KEYS.msn})` }).click();
    await expect(unit).toContainText(/Registered for http:\/\/localhost:\d+\/api\/webhooks\/vipps/);
    const { rows } = await sql().query<{ webhookId: string }>(
      `SELECT "webhookId" FROM "SalesUnit" WHERE msn = $1`,
      [KEYS.msn],
    );
    const registrations = await emulator.webhooks();
    expect(registrations.map((r) => r.id)).toContain(rows[0]!.webhookId);
    for (const step of [
      "1. Connect your test sales unit",
      "2. Test the connection",
      "3. Register webhooks",
    ]) {
      await expect(page.getByRole("region", { name: step })).toContainText("Done");
    }
  });

  let slug = "";
  await test.step("the first product: created, previewed, launched", async () => {
    await page.getByRole("link", { name: "Create a product" }).click();
    await page.waitForURL(/\/admin\/products\/new/);
    await page.getByLabel("Name", { exact: true }).fill("Brødabonnement");
    await page.getByLabel("Description", { exact: true }).fill("Ferskt surdeigsbrød på døren hver uke");
    await page.getByLabel("Price per interval (NOK)").fill("0.50");
    await page.getByRole("button", { name: "Create product" }).click();
    await expect(page.getByLabel("Price per interval (NOK)")).toHaveAccessibleDescription(
      /At least 1.00 NOK/,
    );
    expect(await count("Product")).toBe(0);

    await page.getByLabel("Price per interval (NOK)").fill("249");
    const preview = page.getByRole("region", { name: "Agreement preview" });
    await expect(preview).toContainText("Brødabonnement");
    await expect(preview).toContainText(/249\skr per month/);
    await expect(preview).toContainText("Vipps");
    slug = await page.getByLabel("Page address").inputValue();
    expect(slug).toBe("brodabonnement");
    await page.getByRole("button", { name: "Create product" }).click();
    await page.waitForURL(/\/admin\/onboarding$/);
    await expect(page.getByRole("region", { name: "4. Create and launch your first product" })).toContainText(
      "1 products, 0 on sale.",
    );

    await page.goto("/admin/products");
    await page.getByRole("link", { name: "Brødabonnement" }).click();
    await page.getByRole("button", { name: "Launch product" }).click();
    await expect(page.getByRole("group", { name: "Confirm launch" })).toContainText(
      /“Brødabonnement” goes on sale now at \/products\/brodabonnement: Norway 249\skr per month/,
    );
    await page.getByRole("button", { name: "Yes, launch" }).click();
    await expect(page.getByRole("button", { name: "Archive (stop selling)" })).toBeVisible();
    expect(await count("Product", `status = 'LIVE'`)).toBe(1);
  });

  await test.step("the go-live verification passes against the emulator", async () => {
    await page.goto("/admin/onboarding");
    await page.getByRole("button", { name: `Run go-live verification (MSN ${KEYS.msn})` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Verification passed" })).toBeVisible({
      timeout: 120_000,
    });
    await expect(page.getByRole("region", { name: "5. Run the go-live verification" })).toContainText("Done");
  });

  await test.step("production stays off until production keys are in, and says so", async () => {
    await expect(page.getByRole("button", { name: "Switch to production" })).toBeDisabled();
    const blockers = page.getByRole("note", { name: "Before going live:" });
    await expect(blockers).toContainText("add your production keys");
    await expect(blockers).not.toContainText("pass the go-live verification");
    expect(await count("Merchant", `"activeEnvironment" = 'TEST'`)).toBe(1);
  });

  await test.step("the first customer signs up on the storefront and the agreement is ACTIVE in the emulator", async () => {
    const email = uniqueEmail("forste-kunde");
    await page.goto(`/products/${slug}?market=NO`);
    await expect(page.getByRole("heading", { level: 1, name: "Brødabonnement" })).toBeVisible();
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Mobile number").fill(uniquePhone());
    await page.getByLabel(/I accept the .* terms of sale/).check();
    await page.getByRole("button", { name: "Continue with Vipps" }).click();
    await page.waitForURL(/\/dwo-api-application\/v1\/deeplink\/vippsgateway/);
    await page.getByRole("button", { name: "Approve" }).click();
    await page.waitForURL(/\/subscribe\/return\//);
    await expect(page.getByRole("status").filter({ hasText: /is active/ })).toBeVisible({ timeout: 30_000 });
    const agreement = await agreementOf(email);
    expect(agreement.status).toBe("ACTIVE");
    expect((await emulator.agreement(agreement.vippsAgreementId)).status).toBe("ACTIVE");
  });

  await test.step("the keys never reached the browser", async () => {
    const everything = bodies.join("\n");
    expect(everything.length).toBeGreaterThan(10_000);
    for (const secret of [KEYS.clientSecret, KEYS.subscriptionKey, "not-the-right-secret", ADMIN.password])
      expect(everything, secret.slice(0, 6)).not.toContain(secret);
    expect(everything).not.toMatch(/v1:[A-Za-z0-9+/=]{16}:[A-Za-z0-9+/=]{20,}:/);
  });
});
