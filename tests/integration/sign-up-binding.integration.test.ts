// Finding 7, written as the attack: a stranger types an existing customer's email on a product
// page and approves with their own phone. The agreement must not land in that customer's account
// and nothing about the customer may come back to the stranger. Then the two ways a sign-up is
// really bound: Vipps confirms the customer (their verified phone, by profile sharing), or the
// address's owner uses the link mailed to it.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { sendSignInLink } from "@/lib/server/auth/send-sign-in-link";
import { fetchUserinfo } from "@/lib/server/customers/fetch-userinfo";
import { getReturnStatus } from "@/lib/server/customer-portal/get-return-status";
import { getSubscription } from "@/lib/server/customer-portal/get-subscription";
import { listSubscriptions } from "@/lib/server/customer-portal/list-subscriptions";
import { startSubscription } from "@/lib/server/customer-portal/start-subscription";
import { confirmSignUpClaim } from "@/lib/server/sign-up-claims/confirm-sign-up-claim";
import { getSignUpClaim } from "@/lib/server/sign-up-claims/get-sign-up-claim";
import { env } from "@/lib/env";
import { createProduct, emulator } from "../factories";
import { waitFor } from "../shared/wait-for";
import { setBothClocks } from "./billing-fixtures";
import { customerContext } from "../shared/customer-context";
import { testContext } from "../shared/server-context";

const SCOPE = { scope: "name email phoneNumber" };
const ATTACKER_PHONE = "4798765432";

async function signUp(
  product: { id: string; slug: string },
  input: { email: string; phone: string; name?: string },
) {
  const { confirmationUrl } = await startSubscription(await testContext(), {
    slug: product.slug,
    market: "NO",
    locale: "nb",
    termsAccepted: true,
    clientIp: "10.9.0.1",
    ...input,
  });
  const agreement = await db.agreement.findFirstOrThrow({
    where: { productId: product.id, phoneNumber: input.phone },
    orderBy: { createdAt: "desc" },
  });
  return { confirmationUrl, agreement };
}

/** The user approves in the app with this phone; Abo learns it from Vipps, then reads the profile (scope). */
async function approve(agreement: { id: string; vippsAgreementId: string | null }, phone: string) {
  await emulator.approve(agreement.vippsAgreementId!, phone);
  await waitFor(
    async () => (await refreshAgreement(await testContext(), agreement.id, "refresh")).to !== "PENDING",
  );
  await fetchUserinfo(await testContext(), agreement.id);
  return db.agreement.findUniqueOrThrow({ where: { id: agreement.id }, include: { charges: true } });
}

async function victimWithVerifiedPhone(email: string, phone: string) {
  const product = await createProduct(SCOPE);
  const { agreement } = await signUp(product, { email, phone, name: "Vera Offer" });
  await approve(agreement, phone);
  const victim = await db.customer.findUniqueOrThrow({ where: { email } });
  expect(victim).toMatchObject({ phone: phone, name: "Vera Offer" });
  expect(victim.phoneVerifiedAt).not.toBeNull();
  return victim;
}

const ids = async (customerId: string) =>
  (await listSubscriptions(await customerContext(customerId))).map((s) => s.id);
const claimTokenIn = async (email: string) => {
  const mail = await db.email.findFirstOrThrow({
    where: { to: email, kind: "sign-up-claim" },
    orderBy: { createdAt: "desc" },
  });
  return { mail, token: /\/subscribe\/claim\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]! };
};

describe("sign-up binding (finding 7)", () => {
  beforeEach(async () => {
    await setBothClocks("2030-04-10T10:00:00Z");
  });

  it("the attack: a stranger types a customer's email (and even their phone), approves with their own Vipps; nothing reaches the customer's account and nothing of theirs comes back", async () => {
    const email = "vera.offer@example.no";
    const VICTIM_PHONE = "4791234561";
    const victim = await victimWithVerifiedPhone(email, VICTIM_PHONE);
    const product = await createProduct(SCOPE);

    // Typed: the victim's email and phone, and a name of the stranger's choosing.
    const attack = await signUp(product, {
      email: " Vera.Offer@Example.no ",
      phone: VICTIM_PHONE,
      name: "Mallory",
    });
    const approved = await approve(attack.agreement, ATTACKER_PHONE);
    expect(approved.status).toBe("ACTIVE");

    // Not in the victim's account, by any read, and the first payment is not theirs either.
    expect(approved.customerId).toBeNull();
    expect(approved.charges.every((c) => c.customerId === null)).toBe(true);
    expect(await ids(victim.id)).not.toContain(approved.id);
    expect(await getSubscription(await customerContext(victim.id), { agreementId: approved.id })).toBeNull();
    // The victim's record is untouched by the unauthenticated form.
    expect(await db.customer.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({
      name: "Vera Offer",
      phone: VICTIM_PHONE,
      locale: victim.locale,
      vippsSub: victim.vippsSub,
    });

    // What the stranger sees: the outcome of their own sign-up, nothing about the account.
    const status = await getReturnStatus(await testContext(), { token: approved.returnToken });
    expect(status).toMatchObject({ status: "ACTIVE" });
    expect(JSON.stringify(status)).not.toMatch(/vera|offer|4791234561|Mallory/i);
    expect(JSON.stringify(status)).not.toContain(victim.id);

    // The owner is told, without the stranger's words, and the sign-in email still greets the owner.
    const { mail } = await claimTokenIn(email);
    expect(mail.text).not.toMatch(/Mallory|4798765432/);
    await sendSignInLink(await testContext(), email, `${env().APP_URL}/api/auth/callback/email?token=x`);
    const signInMail = await db.email.findFirstOrThrow({
      where: { to: email, kind: "sign-in-link" },
      orderBy: { createdAt: "desc" },
    });
    // In the owner's language (nb), with the owner's name.
    expect(signInMail.text).toContain("Hei Vera Offer,");
    expect(signInMail.text).not.toContain("Mallory");
  });

  it("a name typed by a stranger never becomes an existing customer's name (it would greet them in every email)", async () => {
    const email = "uten.navn@example.no";
    const product = await createProduct();
    const first = await signUp(product, { email, phone: "4791230001" });
    await approve(first.agreement, "4791230001");
    await signUp(await createProduct(), { email, phone: "4791230002", name: "Click here to verify" });
    expect((await db.customer.findUniqueOrThrow({ where: { email } })).name).toBeNull();
  });

  it("bound by Vipps: the customer's own verified phone confirmed by profile sharing joins the sign-up to their account", async () => {
    const email = "vera.igjen@example.no";
    const VICTIM_PHONE = "4791234562";
    const victim = await victimWithVerifiedPhone(email, VICTIM_PHONE);
    const second = await signUp(await createProduct(SCOPE), { email, phone: VICTIM_PHONE });
    const bound = await approve(second.agreement, VICTIM_PHONE);
    expect(bound.customerId).toBe(victim.id);
    expect(bound.charges.every((c) => c.customerId === victim.id)).toBe(true);
    expect(await ids(victim.id)).toContain(bound.id);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { agreementId: bound.id, action: "agreement.sign-up-bound" },
    });
    expect(audit).toMatchObject({ actorType: "SYSTEM", customerId: victim.id });
    // The link mailed meanwhile now just says it is done.
    expect(
      await getSignUpClaim(await testContext(), { token: (await claimTokenIn(email)).token }),
    ).toMatchObject({ bound: true });
  });

  it("bound by the email link: the address's owner uses the link mailed to it (no profile sharing needed)", async () => {
    const email = "lenke@example.no";
    const first = await signUp(await createProduct(), { email, phone: "4791230011" });
    await approve(first.agreement, "4791230011");
    const owner = await db.customer.findUniqueOrThrow({ where: { email } });

    const second = await signUp(await createProduct(), { email, phone: "4791230011" });
    const held = await approve(second.agreement, "4791230011");
    expect(held.customerId).toBeNull();
    expect(await ids(owner.id)).not.toContain(held.id);

    const { token } = await claimTokenIn(email);
    expect(await getSignUpClaim(await testContext(), { token })).toEqual({
      productName: "Testavis",
      email,
      bound: false,
    });
    await expect(
      confirmSignUpClaim(await testContext(), { token: "not-the-mailed-token-at-all" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await confirmSignUpClaim(await testContext(), { token })).toEqual({ email });
    expect(await ids(owner.id)).toContain(held.id);
    // Used twice: still one binding, one audit entry.
    await confirmSignUpClaim(await testContext(), { token });
    expect(
      await db.auditEvent.count({ where: { agreementId: held.id, action: "agreement.sign-up-bound" } }),
    ).toBe(1);
  });

  it("the mailed link expires after 7 days, unused", async () => {
    const email = "for.sent@example.no";
    const first = await signUp(await createProduct(), { email, phone: "4791230021" });
    await approve(first.agreement, "4791230021");
    await signUp(await createProduct(), { email, phone: "4791230021" });
    const { token } = await claimTokenIn(email);
    await setBothClocks("2030-04-17T10:01:00Z");
    expect(await getSignUpClaim(await testContext(), { token })).toBeNull();
    await expect(confirmSignUpClaim(await testContext(), { token })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
