import { expect, test } from "@playwright/test";
import { count } from "./admin-db";
import { createTestProduct, expectAccessible, signUpAndApprove } from "./customer-flows";
import { ADMIN, signInAsCustomer, signInAsStaff } from "./fixtures/auth";
import { sql } from "./fixtures/db";

// Receipts a bookkeeper accepts (README "Receipts"): the printable receipt at phone width, its PDF,
// and bad input on the company details and a product's VAT rate.

const PHONE = { width: 390, height: 844 };

test("the printable receipt at phone width: numbered, with VAT, accessible, and as a PDF", async ({
  page,
}) => {
  const product = await createTestProduct({
    name: "Kvitteringskaffe",
    amount: 12_500,
    initialCharge: { amount: 12_500, description: "Kvitteringskaffe første måned" },
  });
  const { email, agreement } = await signUpAndApprove(page, product);
  const {
    rows: [charge],
  } = await sql().query<{ id: string }>(
    `SELECT id FROM "Charge" WHERE "agreementId" = $1 AND type = 'INITIAL'`,
    [agreement.id],
  );
  await page.setViewportSize(PHONE);
  await signInAsCustomer(page, email, `/account/receipts/${charge!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Receipt" })).toBeVisible();
  const value = (key: string) => page.locator(`[data-field="${key}"]`);
  await expect(value("document.number")).toHaveText(/^\d+$/);
  await expect(value("description")).toHaveText("Kvitteringskaffe første måned");
  await expect(value("vat.rate")).toHaveText("25 %");
  await expect(value("vat.amount")).toHaveText(/NOK\s25/);
  await expect(value("amount.net")).toHaveText(/NOK\s100/);
  await expect(value("amount.total")).toHaveText(/NOK\s125/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(page);

  const pdf = await page.request.get(`/account/receipts/${charge!.id}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(value("amount.total")).toBeVisible();
});

test("company details and a product's VAT rate refuse bad input at the field and save nothing", async ({
  page,
}) => {
  const merchant = async () =>
    (await sql().query(`SELECT row_to_json(m)::text AS m FROM "Merchant" m`)).rows.map((r) => r.m).join();
  const before = await merchant();
  const products = await count("Product");
  await signInAsStaff(page, ADMIN, "/admin/settings");

  const company = page.getByRole("form", { name: "Company details for receipts" });
  await company.getByLabel("Registered company name").fill(" ");
  await company.getByLabel("Registered in").selectOption("NO");
  await company.getByLabel("Street address").fill("Storgata 1");
  await company.getByLabel("Postal code").fill("01550");
  await company.getByLabel("Town or city").fill("Oslo");
  await company.getByLabel("Organisation number").fill("923 609 017");
  await company.getByRole("button", { name: "Save company details" }).click();
  await expect(company.getByLabel("Registered company name")).toHaveAccessibleDescription(
    /Enter the company's registered name/,
  );
  await expect(company.getByLabel("Postal code")).toHaveAccessibleDescription(
    "Enter the 4-digit postal code",
  );
  await expect(company.getByLabel("Organisation number")).toHaveAccessibleDescription(
    /Enter the 9-digit organisation number/,
  );
  await company.getByLabel("Registered in").selectOption("FI");
  await company.getByLabel("Organisation number").fill("0112038-8");
  await company.getByRole("button", { name: "Save company details" }).click();
  await expect(company.getByLabel("Organisation number")).toHaveAccessibleDescription(/Enter the Y-tunnus/);
  // Five digits are a Finnish postal code: no longer an error there.
  await expect(company.getByLabel("Postal code")).toHaveAccessibleDescription("");
  expect(await merchant()).toBe(before);

  await page.goto("/admin/products/new");
  await page.getByLabel("Name", { exact: true }).fill("Momskaffe");
  await page.getByLabel("Price per interval (NOK)").fill("99");
  await expect(page.getByLabel("VAT rate, Norway (%)")).toHaveValue("25");
  await page.getByLabel("VAT rate, Norway (%)").fill("twenty-five");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  await expect(page.getByLabel("VAT rate, Norway (%)")).toHaveAccessibleDescription(
    /Enter a VAT rate from 0 to 30 %/,
  );
  await expect(page.getByLabel("VAT rate, Norway (%)")).toBeFocused();
  expect(await count("Product")).toBe(products);
});
