import { expect, test, type Page } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import { appNow, setAppClockOffset, sql } from "./fixtures/db";
import { expectAccessible, screenshots, uniqueEmail } from "./customer-flows";
import { emulator } from "./fixtures/emulator";

// MobilePay becomes Vipps in Denmark and Finland on 12 January 2027 (midnight in Copenhagen,
// 2027-01-11T23:00Z). Both clocks (Abo's and the emulator's) are set to explicit moments either side
// of it, at phone width, in Danish and Finnish; afterwards they go back to where they were.
// Moving the emulator forward runs its due work (as Vipps would); moving back undoes nothing.

test.describe.configure({ mode: "serial", timeout: 120_000 });

const PHONE = { width: 390, height: 844 };
const BLUE = "rgb(90, 120, 255)";
const SIDES = [
  {
    name: "before",
    at: "2027-01-11T12:00:00Z",
    brand: "MobilePay",
    fi: "Jatka MobilePaylla",
    landing: "pay.mobilepay.dk",
  },
  {
    name: "after",
    at: "2027-01-12T12:00:00Z",
    brand: "Vipps",
    fi: "Jatka Vippsillä",
    landing: "pay.vipps.dk",
  },
] as const;

let emulatorOffsetMs = 0;
let appOffsetMs = 0;
let slug = "";

/** A LIVE monthly product sold in Denmark and Finland, without a campaign (whose end could pass). */
async function createNordicProduct(): Promise<string> {
  const id = `p${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const productSlug = `e2e-brand-${id.slice(1, 9)}`;
  await sql().query(
    `INSERT INTO "Product" (id, "merchantId", slug, name, description, status, "pricingType", "intervalUnit", "intervalCount", "transactionType", "retryDays", "sortOrder", "launchedAt", "updatedAt")
     SELECT $1, id, $2, 'Kaffeklub', 'Kaffe hver måned', 'LIVE', 'LEGACY', 'MONTH', 1, 'DIRECT_CAPTURE', 2, 100, now(), now()
     FROM "Merchant" LIMIT 1`,
    [id, productSlug],
  );
  await sql().query(
    `INSERT INTO "ProductPrice" (id, "productId", market, currency, amount) VALUES ($1, $3, 'DK', 'DKK', 4900), ($2, $3, 'FI', 'EUR', 690)`,
    [`pd${id}`, `pf${id}`, id],
  );
  return productSlug;
}

test.beforeAll(async () => {
  slug = await createNordicProduct();
  emulatorOffsetMs = Date.parse((await emulator.clock()).now) - Date.now();
  appOffsetMs = (await appNow()).getTime() - Date.now();
});

test.afterAll(async () => {
  await emulator.setClock({ now: new Date(Date.now() + emulatorOffsetMs).toISOString() });
  await setAppClockOffset(appOffsetMs);
});

async function setClocks(at: string): Promise<void> {
  await emulator.setClock({ now: at });
  await setAppClockOffset(Date.parse(at) - Date.now());
}

async function inLanguage(page: Page, locale: "da" | "fi"): Promise<void> {
  await page
    .context()
    .addCookies([{ name: "abo-locale", value: locale, url: test.info().project.use.baseURL! }]);
}

for (const side of SIDES) {
  test(`${side.name} 12 January 2027 Denmark (da) and Finland (fi) show ${side.brand}`, async ({ page }) => {
    await setClocks(side.at);
    await page.setViewportSize(PHONE);

    await inLanguage(page, "da");
    await page.goto(`/products/${slug}?market=DK`);
    const dk = page.getByRole("button", { name: `Fortsæt med ${side.brand}` });
    await expect(dk).toBeVisible();
    await expect(dk).toHaveAttribute("data-brand", side.brand);
    // The name changes; the blue stays (Vipps's brand-change page).
    await expect(dk).toHaveCSS("background-color", BLUE);
    await expect(page.getByText(`Det nummer, du bruger i ${side.brand}.`)).toBeVisible();
    if (side.brand === "Vipps") await expect(page.locator("main")).not.toContainText("MobilePay");
    await expectAccessible(page);
    await screenshots(page, `brand-${side.name}-dk`);

    await inLanguage(page, "fi");
    await page.goto(`/products/${slug}?market=FI`);
    const fi = page.getByRole("button", { name: side.fi });
    await expect(fi).toBeVisible();
    await expect(fi).toHaveCSS("background-color", BLUE);
    await expect(page.getByText(`Numero, jota käytät ${side.brand}-sovelluksessa.`)).toBeVisible();
    if (side.brand === "Vipps") await expect(page.locator("main")).not.toContainText("MobilePay");
    await expectAccessible(page);

    // The storefront's own words name the same app.
    await page.goto("/?market=FI");
    await expect(page.getByText(`hyväksy se ${side.brand}-sovelluksessa`)).toBeVisible();
  });

  test(`${side.name} 12 January 2027 a Danish sign-up goes to the landing page of ${side.landing}`, async ({
    page,
  }) => {
    await setClocks(side.at);
    await page.setViewportSize(PHONE);
    await inLanguage(page, "da");
    await page.goto(`/products/${slug}?market=DK`);
    await page.getByLabel("E-mailadresse").fill(uniqueEmail("brand"));
    await page
      .getByLabel("Mobilnummer")
      .fill(`45${String(randomBytes(4).readUInt32BE() % 1e8).padStart(8, "2")}`);
    await page.getByLabel(/Jeg accepterer .* salgsbetingelser/).check();
    await page.getByRole("button", { name: `Fortsæt med ${side.brand}` }).click();
    await page.waitForURL(/\/dwo-api-application\/v1\/deeplink\/vippsgateway/);
    expect(new URL(page.url()).searchParams.get("landing")).toBe(side.landing);
    await expect(page.getByText(`${side.brand} test environment (emulator)`)).toBeVisible();
  });
}
