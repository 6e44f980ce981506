import { expect, test, type Page } from "@playwright/test";
import { ADMIN } from "./fixtures/auth";
import { latestEmail } from "./fixtures/db";
import { expectAccessible, screenshots, signUpAndApprove } from "./customer-flows";

// Sign-in at phone width: the address filled in after sign-up, the check-email page naming it and
// sending the link again, a used link explained, and staff on a page of their own.

// A sign-up, e-mailed links and the worker's jobs on a shared 2-core machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 390, height: 844 } });

/** The newest sign-in link mailed to `email` once it differs from the mail `before`. */
async function newLink(email: string, before: string | undefined): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const mail = await latestEmail(email, "sign-in-link");
      link = mail && mail.text !== before ? /https?:\/\/\S+/.exec(mail.text)?.[0] : undefined;
      return link;
    })
    .toBeTruthy();
  return link!;
}

async function sendLink(page: Page) {
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
}

test("after sign-up the address is filled in; the check-email page names it and sends again; a used link says so", async ({
  page,
  browser,
}) => {
  const { email, agreement } = await signUpAndApprove(page, { slug: "fjordkaffe-pluss" });

  // The return page's link leads to sign-in with the address this browser typed at sign-up.
  await page.getByRole("link", { name: "Go to my subscriptions" }).click();
  await page.waitForURL(/\/sign-in\?/);
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await expect(page.getByLabel("Password")).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, "sign-in");

  await sendLink(page);
  await expect(
    page.getByText(`If we have a subscription for ${email}, a sign-in link is on its way.`),
  ).toBeVisible();
  const first = await newLink(email, undefined);
  await expectAccessible(page);
  await screenshots(page, "sign-in-check-email");

  const firstMail = (await latestEmail(email, "sign-in-link"))?.text;
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a new link is on its way" })).toBeVisible();
  const second = await newLink(email, firstMail);
  expect(second).not.toBe(first);
  await expectAccessible(page);

  await page.goto(second);
  await page.waitForURL((url) => url.pathname === `/account/subscriptions/${agreement.id}`);

  // The same link again, in another browser: a plain message and the way to a new one.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const again = await other.newPage();
  await again.goto(second);
  await again.waitForURL(/\/sign-in\?.*error=Verification/);
  await expect(
    again
      .getByRole("alert")
      .filter({ hasText: "This sign-in link was already used or has expired." })
      .filter({ hasText: "Enter your email address and we will send you a new one." }),
  ).toBeVisible();
  await expectAccessible(again);
  await screenshots(again, "sign-in-link-used");
  await again.getByRole("group", { name: "Language" }).getByRole("button", { name: "Norsk bokmål" }).click();
  await expect(again.getByRole("alert").filter({ hasText: "allerede brukt eller har utløpt" })).toBeVisible();
  await other.close();
});

test("staff sign in on a page of their own; the customers' page has no password field", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByLabel("Password")).toHaveCount(0);
  await page.getByRole("link", { name: "Staff sign-in" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);

  await page.goto("/support");
  await expect(page).toHaveURL(/\/staff\/sign-in\?callbackUrl=%2Fsupport/);
  await expect(page.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "staff-sign-in");
  await page.getByLabel("Email address").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password ?? "");
  await page.getByRole("button", { name: "Sign in as staff" }).click();
  await page.waitForURL((url) => url.pathname === "/support");

  // Old links to the staff form still arrive there.
  const fresh = await page.context().browser()!.newContext();
  const old = await fresh.newPage();
  await old.goto("/sign-in?staff=1&callbackUrl=%2Fadmin");
  await expect(old).toHaveURL(/\/staff\/sign-in\?callbackUrl=%2Fadmin/);
  await fresh.close();
});
