import { expect, test } from "@playwright/test";
import { createTestProduct, expectAccessible, signUpAndApprove } from "./customer-flows";
import { ADMIN, signInAsCustomer, signInAsStaff } from "./fixtures/auth";
import { sql } from "./fixtures/db";

// The shop's colour and logo (issue 15 item 5): set in settings, refused at the field when it would
// break a page, then shown on the customer pages and the printable receipt, at phone width.

const PHONE = { width: 390, height: 844 };
// A valid 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

// Later tests in this stack see Abo's own look again.
test.afterEach(async () => {
  await sql().query(`UPDATE "Merchant" SET "brandColor" = NULL`);
  await sql().query(`DELETE FROM "ShopLogo"`);
});

test("an admin sets the colour and logo; customer pages and the receipt show them", async ({
  page,
  browser,
}) => {
  const look = async () =>
    (
      await sql().query(
        `SELECT m."brandColor", (SELECT count(*)::int FROM "ShopLogo") AS logos FROM "Merchant" m`,
      )
    ).rows[0];
  await page.setViewportSize(PHONE);
  await signInAsStaff(page, ADMIN, "/admin/settings");
  const form = page.getByRole("form", { name: "Colour and logo" });
  const colour = form.getByLabel("Brand colour");
  const logo = form.getByLabel("Logo");
  const saveButton = form.getByRole("button", { name: "Save colour and logo" });

  // Bad input: named at the field, nothing saved.
  const before = await look();
  await colour.fill("#ff5b24");
  await logo.setInputFiles({ name: "logo.svg", mimeType: "image/png", buffer: Buffer.from("<svg/>") });
  await saveButton.click();
  await expect(form.getByText(/^Too light for white text: contrast 3\.1:1/)).toBeVisible();
  await expect(colour).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Choose a PNG or JPEG image")).toBeVisible();
  expect(await look()).toEqual(before);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(page);

  await colour.fill("#0b5d3b");
  await logo.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await saveButton.click();
  await expect(form.getByText("Saved.")).toBeVisible();
  await expect.poll(look).toEqual({ brandColor: "#0b5d3b", logos: 1 });

  // A customer's pages: the header carries the colour and the logo, which is served as the PNG.
  const context = await browser.newContext({ viewport: PHONE });
  const customer = await context.newPage();
  const product = await createTestProduct({
    name: "Logokaffe",
    amount: 9_900,
    initialCharge: { amount: 9_900, description: "Logokaffe første måned" },
  });
  const { email, agreement } = await signUpAndApprove(customer, product);
  await customer.goto("/");
  const header = customer.locator("header[data-brand-colour]");
  await expect(header).toHaveAttribute("data-brand-colour", "#0b5d3b");
  await expect(header).toHaveCSS("border-top-color", "rgb(11, 93, 59)");
  const src = await header.locator("img").getAttribute("src");
  expect(src).toMatch(/^\/brand\/logo\?v=[0-9a-f]{16}$/);
  const served = await customer.request.get(src!);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["cache-control"]).toContain("immutable");
  expect(Buffer.from(await served.body()).equals(PNG)).toBe(true);

  const {
    rows: [charge],
  } = await sql().query<{ id: string }>(
    `SELECT id FROM "Charge" WHERE "agreementId" = $1 AND type = 'INITIAL'`,
    [agreement.id],
  );
  await signInAsCustomer(customer, email, `/account/receipts/${charge!.id}`);
  await expect(customer.getByRole("img", { name: /./ }).and(customer.locator("article img"))).toHaveAttribute(
    "src",
    src!,
  );
  await expectAccessible(customer);
  await context.close();

  // Removing the logo brings Abo's default back on the logo's address.
  await page.reload();
  await form.getByLabel("Remove the logo").check();
  await saveButton.click();
  await expect(form.getByText("Saved.")).toBeVisible();
  expect((await look()).logos).toBe(0);
  const fallback = await page.request.get("/brand/logo", { maxRedirects: 0 });
  expect(fallback.status()).toBe(302);
  expect(fallback.headers().location).toMatch(/\/logo-default\.svg$/);
});
