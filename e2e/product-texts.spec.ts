import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createTestProduct, expectAccessible } from "./customer-flows";
import { ADMIN, signInAsStaff } from "./fixtures/auth";
import { sql } from "./fixtures/db";

// A product's name and description per language (issue #14, item 10): the merchant gives them in
// the product editor; customers see them in their language, and the product's own otherwise.

test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ timeout: 120_000 });

test("a product named in English and Finnish shows those names to such visitors, its own to others", async ({
  page,
  browser,
  baseURL,
}) => {
  const tag = randomUUID().slice(0, 6);
  const product = await createTestProduct({ name: `Morgenkaffe ${tag}`, amount: 9900 });
  const english = `Morning coffee ${tag}`;
  const finnish = `Aamukahvi ${tag}`;
  await sql().query(
    `INSERT INTO "ProductText" ("productId", locale, name, description)
     SELECT id, 'en', $2, 'Coffee every morning' FROM "Product" WHERE slug = $1`,
    [product.slug, english],
  );

  // The merchant sees the English name in the editor and adds a Finnish one.
  const { rows } = await sql().query<{ id: string }>(`SELECT id FROM "Product" WHERE slug = $1`, [
    product.slug,
  ]);
  await signInAsStaff(page, ADMIN, `/admin/products/${rows[0]!.id}`);
  await expect(page.getByRole("heading", { name: "Name and description in other languages" })).toBeVisible();
  await expect(page.getByLabel("Name (English)", { exact: true })).toHaveValue(english);
  await page.getByLabel("Name (Suomi)", { exact: true }).fill(finnish);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();

  // A visitor reading English: the English name and description on the storefront and the product page.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addCookies([{ name: "abo-locale", value: "en", url: baseURL! }]);
  const visitor = await context.newPage();
  await visitor.goto("/?market=NO");
  const card = visitor.getByRole("listitem").filter({ has: visitor.getByRole("heading", { name: english }) });
  await expect(card).toContainText("Coffee every morning");
  await expectAccessible(visitor);
  await card.getByRole("link", { name: `See ${english}` }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: english })).toBeVisible();
  await expect(visitor.getByText("Coffee every morning")).toBeVisible();
  await expectAccessible(visitor);

  // Bokmål has no name of its own: the product's. Finnish has a name but no description: the product's.
  await visitor
    .getByRole("group", { name: "Language" })
    .getByRole("button", { name: "Norsk bokmål" })
    .click();
  await expect(visitor.getByRole("heading", { level: 1, name: product.name })).toBeVisible();
  await expect(visitor.getByText("Laget for en ende-til-ende-test")).toBeVisible();
  await visitor.getByRole("group", { name: "Språk" }).getByRole("button", { name: "Suomi" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: finnish })).toBeVisible();
  await expect(visitor.getByText("Laget for en ende-til-ende-test")).toBeVisible();
  await visitor.goto("/?market=NO");
  await expect(visitor.getByRole("heading", { level: 2, name: finnish })).toBeVisible();
  await expectAccessible(visitor);
  await context.close();
});
