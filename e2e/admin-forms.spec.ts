import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { count } from "./admin-db";
import { expectAccessible } from "./customer-flows";
import { ADMIN, signInAsStaff } from "./fixtures/auth";
import { latestEmail, sql } from "./fixtures/db";
import { trackRequestIds, vippsCallsFor } from "./fixtures/vipps-calls";

// Bad input on every admin form: a message at the field naming the rule, nothing saved, and no
// Vipps MobilePay call made for any of the requests (matched by request id; the worker's own
// background calls carry other ids).

const described = (page: Page, label: string, message: RegExp | string) =>
  expect(page.getByLabel(label, { exact: true })).toHaveAccessibleDescription(
    message instanceof RegExp ? message : new RegExp(message),
  );

test("the product form names the Vipps rule at each field and saves nothing", async ({ page }) => {
  const products = await count("Product");
  await signInAsStaff(page, ADMIN, "/admin/products/new");
  await page.getByLabel("Name", { exact: true }).fill("K".repeat(46));
  await page.getByLabel("Description", { exact: true }).fill("d".repeat(101));
  await page.getByLabel("Price per interval (NOK)").fill("0.99");
  await page.getByLabel("Interval length").fill("32");
  await page.getByLabel("Retry days").fill("15");
  await page.getByLabel("Campaign", { exact: true }).selectOption("EVENT_CAMPAIGN");
  await page.getByLabel("Event date").fill("2020-01-01");
  await page.getByLabel("Event text").fill("Christmas");
  await page.getByLabel("Campaign price (NOK)").fill("1");
  await page.getByLabel("Take a payment when the customer signs up").check();
  await page.getByRole("button", { name: "Create product" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  await described(page, "Name", /46 characters; at most 45 \(Vipps rule: productName ≤ 45 characters\)/);
  await described(page, "Description", /productDescription ≤ 100/);
  await described(page, "Price per interval (NOK)", /At least 1.00 NOK \(Vipps rule: pricing.amount ≥ 100/);
  await described(page, "Interval length", /interval.count 1–31/);
  await described(page, "Retry days", /retryDays 0–14/);
  await described(page, "Event date", /campaign.eventDate must be in the future/);
  await described(page, "Event text", /Start with a lower-case letter/);
  await described(page, "Initial charge description", /Describe the initial charge/);
  await described(page, "Initial charge amount (NOK)", /Enter an amount in NOK/);
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();

  // Variable prices: no campaigns, and the suggested maximum has a cap per currency.
  await page.getByLabel("Pricing type").selectOption("VARIABLE");
  await expect(page.getByLabel("Campaign", { exact: true })).toBeDisabled();
  await page.getByLabel("Suggested maximum (NOK)").fill("20000.01");
  await described(page, "Suggested maximum (NOK)", /pricing.suggestedMaxAmount ≤ 2000000 for NOK/);
  await page.getByRole("button", { name: "Create product" }).click();
  expect(await count("Product")).toBe(products);
});

test("onboarding keys and settings refuse bad input at the field, save nothing and call no Vipps API", async ({
  page,
}) => {
  const requests = trackRequestIds(page);
  const snapshot = async () =>
    (await sql().query(`SELECT row_to_json(m)::text AS m FROM "Merchant" m`)).rows.map((r) => r.m).join() +
    (await sql().query(`SELECT string_agg(id || "updatedAt"::text, ',' ORDER BY id) AS u FROM "SalesUnit"`))
      .rows[0].u;
  const before = await snapshot();
  const [users, emails] = [await count("User"), await count("Email")];
  await signInAsStaff(page, ADMIN, "/admin/onboarding");

  await page.getByText("Add or replace test keys").click();
  const keys = page.getByRole("form", { name: "Test sales unit keys" });
  await keys.getByLabel("Sales unit name").fill("Nettbutikk");
  await keys.getByLabel("Merchant serial number (MSN)").fill("12 34");
  await keys.getByLabel("client_id").fill("abo-test-client");
  await keys.getByLabel("client_secret").fill("has a space");
  await keys.getByLabel("Subscription key").fill("abo-test-subscription-key");
  await keys.getByRole("button", { name: "Save test keys" }).click();
  await expect(keys.getByLabel("Merchant serial number (MSN)")).toHaveAccessibleDescription(/4 to 7 digits/);
  await expect(keys.getByLabel("client_secret")).toHaveAccessibleDescription(/No spaces/);
  // A second unit for a market that has one is refused by the server, at the market.
  await keys.getByLabel("Merchant serial number (MSN)").fill("999999");
  await keys.getByLabel("client_secret").fill("abo-test-secret");
  await keys.getByRole("button", { name: "Save test keys" }).click();
  await expect(keys.getByLabel("Market")).toHaveAccessibleDescription(
    /already has a test sales unit in this country \(MSN 123456\)/,
  );

  await page.goto("/admin/settings");
  const profile = page.getByRole("form", { name: "Shop and support contact" });
  await profile.getByLabel("Support email").fill("nope");
  await profile.getByLabel("Terms of sale").fill("ftp://example.com/terms");
  for (const language of ["Norsk bokmål", "Dansk", "Suomi", "English"])
    await profile.getByLabel(language).uncheck();
  await profile.getByRole("button", { name: "Save shop details" }).click();
  await expect(profile.getByLabel("Support email")).toHaveAccessibleDescription(
    "Enter an email address like name@example.com",
  );
  await expect(profile.getByLabel("Terms of sale")).toHaveAccessibleDescription(
    /Enter an address starting with https:\/\//,
  );
  await expect(
    profile.getByRole("group", { name: "Languages offered to customers" }),
  ).toHaveAccessibleDescription("Offer at least one language");

  const policies = page.getByRole("form", { name: "Billing, dunning and permissions" });
  await policies.getByLabel("Create charges this many days ahead").fill("0");
  await policies.getByLabel("Default retry days").fill("15");
  await policies.getByLabel("Stop the agreement after this many failed charges in a row").fill("13");
  await policies.getByLabel("Refunds above this amount need an admin").fill("abc");
  await policies.getByRole("button", { name: "Save billing and dunning" }).click();
  await expect(policies.getByLabel("Create charges this many days ahead")).toHaveAccessibleDescription(
    /At least 1/,
  );
  await expect(policies.getByLabel("Default retry days")).toHaveAccessibleDescription(/At most 14/);
  await expect(
    policies.getByLabel("Stop the agreement after this many failed charges in a row"),
  ).toHaveAccessibleDescription(/At most 12/);
  await expect(policies.getByLabel("Refunds above this amount need an admin")).toHaveAccessibleDescription(
    /Enter an amount of at least 1.00/,
  );

  const invite = page.getByRole("form", { name: "Invite staff" });
  await invite.getByLabel("Email to invite").fill("kari@example.no");
  await invite.getByLabel("Their name").fill("Kari");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByLabel("Email to invite")).toHaveAccessibleDescription(
    /belongs to a customer account/,
  );
  await invite.getByLabel("Email to invite").fill("not an email");
  await invite.getByLabel("Their name").fill("");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByLabel("Email to invite")).toHaveAccessibleDescription(/Enter an email address/);
  await expect(invite.getByLabel("Their name")).toHaveAccessibleDescription("Enter a name");

  expect(await snapshot()).toBe(before);
  expect([await count("User"), await count("Email")]).toEqual([users, emails]);
  expect(requests.length).toBeGreaterThanOrEqual(6);
  expect(await vippsCallsFor(requests)).toBe(0);
});

test("an invited support agent sets a password with the one-time link; an admin changes the role and disables the account", async ({
  page,
  browser,
}) => {
  const email = `siri-${randomUUID().slice(0, 8)}@abo.test`;
  await signInAsStaff(page, ADMIN, "/admin/settings");
  const invite = page.getByRole("form", { name: "Invite staff" });
  await invite.getByLabel("Email to invite").fill(email);
  await invite.getByLabel("Their name").fill("Siri Support");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByRole("status")).toContainText(`Invitation sent to ${email}`);
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Invited");
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: `${ADMIN.email} (you)` })
      .getByRole("button"),
  ).toHaveCount(0);

  const mail = await latestEmail(email, "staff-invite");
  const link = /https?:\/\/\S+\/setup\/invite\/\S+/.exec(mail!.text)![0];
  const context = await browser.newContext();
  const agent = await context.newPage();
  await agent.goto(link);
  await expect(agent.getByRole("heading", { level: 1, name: "Choose your password" })).toBeVisible();
  await agent.getByLabel("New password").fill("kort");
  await agent.getByRole("button", { name: "Save password and sign in" }).click();
  await expect(agent.getByLabel("New password")).toHaveAccessibleDescription(/Use at least 12 characters/);
  await agent.getByLabel("New password").fill("et-langt-passord-for-siri");
  await agent.getByRole("button", { name: "Save password and sign in" }).click();
  await agent.waitForURL(/\/support$/);
  // The link works once.
  const again = await browser.newContext();
  const replay = await again.newPage();
  await replay.goto(link);
  await expect(
    replay.getByRole("alert").filter({ hasText: "This invitation link is used or has expired" }),
  ).toBeVisible();
  await again.close();

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: `Make ${email} admin` }).click();
  await expect(row).toContainText("Admin");
  await row.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(row).toContainText("Disabled");
  const { rows } = await sql().query(`SELECT role, disabled FROM "User" WHERE email = $1`, [email]);
  expect(rows[0]).toEqual({ role: "ADMIN", disabled: true });
  // A disabled account is out at its next request.
  await agent.goto("/support");
  await expect(agent).toHaveURL(/sign-in/);
  await context.close();
});

test("the admin pages pass axe (WCAG 2.2 AA) and keep their content in main", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsStaff(page, ADMIN, "/admin");
  for (const url of [
    "/admin",
    "/admin/products",
    "/admin/products/new",
    "/admin/onboarding",
    "/admin/settings",
  ]) {
    await page.goto(url);
    await expect(page.locator("main#main h1")).toBeVisible();
    await expectAccessible(page);
  }
  const { rows } = await sql().query<{ id: string }>(`SELECT id FROM "Product" ORDER BY "createdAt" LIMIT 1`);
  await page.goto(`/admin/products/${rows[0]!.id}`);
  await expect(page.getByRole("region", { name: "Agreement preview" })).toBeVisible();
  await expectAccessible(page);
});

test("an admin creates, edits, launches and archives a product, with the preview following the form", async ({
  page,
}) => {
  const name = `Testbrød ${randomUUID().slice(0, 6)}`;
  await signInAsStaff(page, ADMIN, "/admin/products/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Price per interval (NOK)").fill("299");
  await page.getByRole("button", { name: "Offer a free-feeling trial: 14 days for 1.00" }).click();
  const preview = page.getByRole("region", { name: "Agreement preview" });
  await expect(preview).toContainText(/299\skr per month/);
  await expect(preview).toContainText(/1\skr for 14 days, then ordinary price 299\skr per month/);
  await page.getByLabel("Take a payment when the customer signs up").check();
  await page.getByLabel("Initial charge description").fill("Første uke");
  await page.getByLabel("Initial charge amount (NOK)").fill("1");
  await expect(preview).toContainText("Første uke: 1 kr, paid now (the button reads “Pay and start”)");
  await page.getByRole("button", { name: "Create product" }).click();
  await page.waitForURL(/\/admin\/products\/\w+\?created=1/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByLabel("Description", { exact: true }).fill("Nå med rugbrød");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const { rows } = await sql().query(
    `SELECT description, status, "campaignType", "campaignPeriodCount" FROM "Product" WHERE name = $1`,
    [name],
  );
  expect(rows[0]).toEqual({
    description: "Nå med rugbrød",
    status: "DRAFT",
    campaignType: "PERIOD_CAMPAIGN",
    campaignPeriodCount: 14,
  });

  // Launching asks first, stating what goes on sale where; Back leaves it a draft.
  await page.getByRole("button", { name: "Launch product" }).click();
  const launch = page.getByRole("group", { name: "Confirm launch" });
  await expect(launch).toContainText(`“${name}” goes on sale now at /products/`);
  await expect(launch).toContainText(/Norway .*kr/);
  await launch.getByRole("button", { name: "Back" }).click();
  await expect(launch).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Launch product" })).toBeFocused();
  expect((await sql().query(`SELECT status FROM "Product" WHERE name = $1`, [name])).rows[0].status).toBe(
    "DRAFT",
  );
  await page.getByRole("button", { name: "Launch product" }).click();
  await launch.getByRole("button", { name: "Yes, launch" }).click();
  await expect(page.getByRole("button", { name: "Archive (stop selling)" })).toBeVisible();
  expect((await sql().query(`SELECT status FROM "Product" WHERE name = $1`, [name])).rows[0].status).toBe(
    "LIVE",
  );
  await page.getByRole("button", { name: "Archive (stop selling)" }).click();
  await expect(page.getByRole("button", { name: "Put on sale again" })).toBeVisible();
  expect((await sql().query(`SELECT status FROM "Product" WHERE name = $1`, [name])).rows[0].status).toBe(
    "ARCHIVED",
  );
});
