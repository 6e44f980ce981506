import { expect, test } from "@playwright/test";
import { latestEmail, sql } from "./fixtures/db";
import { expectAccessible, screenshots, signUpAndApprove, uniquePhone } from "./customer-flows";

// A second sign-up with an address that already has an account is held until the address's owner
// uses the link mailed to it (finding 7): the page, its button, and the account afterwards.

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 390, height: 844 } });

const customerOf = async (agreementId: string) =>
  (await sql().query(`SELECT "customerId" FROM "Agreement" WHERE id = $1`, [agreementId])).rows[0]
    ?.customerId as string | null;

test("a sign-up with an address that has an account joins it only through the link mailed there", async ({
  page,
}) => {
  const first = await signUpAndApprove(page, { slug: "fjordkaffe-pluss" });
  await signUpAndApprove(page, { slug: "fjordkaffe-pluss" }, { email: first.email, phone: uniquePhone() });
  const held = (
    await sql().query(
      `SELECT a.id FROM "Agreement" a JOIN "SignUpClaim" c ON c."agreementId" = a.id WHERE c.email = $1`,
      [first.email],
    )
  ).rows[0] as { id: string };
  expect(await customerOf(held.id)).toBeNull();

  let link: string | undefined;
  await expect
    .poll(async () => {
      link = /https?:\/\/\S+\/subscribe\/claim\/\S+/.exec(
        (await latestEmail(first.email, "sign-up-claim"))?.text ?? "",
      )?.[0];
      return link;
    })
    .toBeTruthy();
  await page.goto(link!);
  await expect(
    page.getByRole("heading", { level: 1, name: "Add a subscription to your account" }),
  ).toBeVisible();
  await expect(page.getByText(`with the address ${first.email}`)).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "sign-up-claim");
  await page.getByRole("button", { name: "Add to my account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your account" })).toBeVisible();
  expect(await customerOf(held.id)).toBe(first.agreement.customerId);
  await expectAccessible(page);

  // Signing in from there starts with the address filled in.
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email address")).toHaveValue(first.email);
});
