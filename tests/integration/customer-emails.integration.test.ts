// Every email a customer gets, received over TCP by a real SMTP server this file starts: each
// state change is made through Abo's own data-layer functions and jobs against the emulator, the
// outbox is sent by the delivery job, and what arrived is parsed and checked in all four languages
// (subject, HTML and text parts, the receipt PDF). Every link in every mail is then followed on a
// running web role whose address is APP_URL: a sign-in link signs its customer in, a page behind
// sign-in sends a stranger to sign in and shows the customer their own thing, every other page
// answers 200. A delivery the server refuses is retried and then shown to support.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db";
import { checkEnv } from "@/lib/env";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/translator";
import type { TActor } from "@/lib/server/actor";
import { inviteStaff } from "@/lib/server/admin/invite-staff";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { startSignUp } from "@/lib/server/agreements/start-sign-up";
import { updateAgreement } from "@/lib/server/agreements/update-agreement";
import { handleFailedCharge } from "@/lib/server/billing/handle-failed-charge";
import { pollCharge } from "@/lib/server/billing/poll-charge";
import { runBilling } from "@/lib/server/billing/run-billing";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { pauseSubscription } from "@/lib/server/customer-portal/pause-subscription";
import { resumeSubscription } from "@/lib/server/customer-portal/resume-subscription";
import { stopSubscription } from "@/lib/server/customer-portal/stop-subscription";
import { deliverEmails, RETRY_MINUTES } from "@/lib/server/email/deliver-emails";
import { queueRenewalNotices } from "@/lib/server/email/queue-renewal-notices";
import { getCustomerView } from "@/lib/server/support/get-customer-view";
import { listFailedEmails } from "@/lib/server/system/failed-emails";
import type { Child } from "../../scripts/lib/processes";
import { createMerchant, createProduct, emulator } from "../factories";
import { waitFor } from "../shared/wait-for";
import { freePort } from "../harness/free-port";
import { ensureProductionBuild, startWeb } from "../harness/roles";
import { follow, openSignInLink, requestSignInLink } from "../harness/web-links";
import { advanceBothClocks, emulatorNow, setBothClocks } from "./billing-fixtures";
import { testContext } from "../shared/server-context";
import { customerContext } from "../shared/customer-context";

// The web role's address, and APP_URL for this process and the web alike (set in beforeAll).
let APP = "";
let web: Child | undefined;
const staff: TActor = { type: "STAFF", id: "staff-1", email: "agent@abo.test", role: "ADMIN" };
const PHONE = "4712345678";
const STRANGER_PHONE = "4712345679"; // someone typing a customer's address on a product page
const DECLINED = "4790000001"; // the emulator's scripted user whose card is declined

// The SMTP server: every message it accepts, parsed; addresses it refuses, and how often.
const received: ParsedMail[] = [];
const refuse = new Map<string, number>();
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onRcptTo(address, _session, callback) {
    const left = refuse.get(address.address) ?? 0;
    if (left <= 0) return callback();
    refuse.set(address.address, left - 1);
    callback(Object.assign(new Error("Mailbox unavailable, try later"), { responseCode: 450 }));
  },
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received.push(mail);
        callback();
      })
      .catch(callback);
  },
});

const recipientOf = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");
const kindOf = (mail: ParsedMail) => String(mail.headers.get("x-abo-email-kind"));

async function subscribe(locale: TLocale, productId: string, phone = PHONE) {
  const email = `${locale}-${Math.random().toString(36).slice(2, 8)}@example.no`;
  const { agreementId } = await startSignUp(await testContext(), {
    productId,
    market: "NO",
    email,
    phone,
    locale,
    termsAccepted: true,
  });
  const pending = await db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
  await emulator.approve(pending.vippsAgreementId!, phone);
  await waitFor(
    async () => (await refreshAgreement(await testContext(), agreementId, "refresh")).to !== "PENDING",
  );
  const agreement = await db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
  // A fresh context per call: the tests move Abo's clock between them.
  const who = () => customerContext(agreement.customerId!, { email });
  return { agreement, email, who };
}

beforeAll(async () => {
  ensureProductionBuild();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  const webPort = await freePort();
  // "localhost", not 127.0.0.1: Next's request URLs say localhost for a loopback address, so an
  // Auth.js link built from APP_URL 127.0.0.1 would not be on APP_URL (and is not sent).
  APP = `http://localhost:${webPort}`;
  // Abo's mail goes to this server and its links to the web role: the environment read again, as a
  // process start reads it (the web role is started with the same environment).
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.APP_URL = APP;
  checkEnv([]);
  await setBothClocks("2030-03-10T10:00:00Z");
  const { merchant } = await createMerchant();
  await db.merchant.update({
    where: { id: merchant.id },
    data: {
      name: "Fjordkaffe",
      supportEmail: "hjelp@fjordkaffe.example",
      dunningStopAfterFailures: 3,
      chargeLeadDays: 1,
    },
  });
  web = (await startWeb("email-links-web", webPort)).child;
}, 300_000);

afterAll(async () => {
  await web?.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("customer emails over SMTP", () => {
  it("every kind arrives in all four languages, with HTML and text, the receipt PDF and links that work", async () => {
    const yearly = await createProduct({
      name: "Kaffe året",
      intervalUnit: "YEAR",
      initialChargeDescription: "Første år",
      initialChargeTransactionType: "DIRECT_CAPTURE",
      prices: [{ market: "NO", currency: "NOK", amount: 99_900, initialChargeAmount: 99_900 }],
    });
    // The merchant named it in English too: English mail says that name, the others the default.
    await db.productText.create({ data: { productId: yearly.id, locale: "en", name: "Coffee for a year" } });
    const bigger = await createProduct({ name: "Kaffe stor", intervalUnit: "YEAR" });
    const weekly = await createProduct({ name: "Kaffe uke", intervalUnit: "WEEK", retryDays: 0 });
    const customers: { locale: TLocale; email: string; customerId: string; agreementId: string }[] = [];
    const renewals: { email: string; agreementId: string }[] = [];
    const dunned: { email: string; agreementId: string }[] = [];

    for (const locale of LOCALES) {
      const { agreement, email, who } = await subscribe(locale, yearly.id); // signup-confirmed
      customers.push({ locale, email, customerId: agreement.customerId!, agreementId: agreement.id });
      const initial = await db.charge.findFirstOrThrow({
        where: { agreementId: agreement.id, type: "INITIAL" },
      });
      await waitFor(async () => {
        await syncAgreementCharges(await testContext(), agreement.id, "refresh");
        return (await db.charge.findUniqueOrThrow({ where: { id: initial.id } })).status === "CHARGED";
      }); // receipt
      await refundCharge(await testContext({ actor: staff }), {
        chargeId: initial.id,
        amount: 10_000,
        description: "Knust kopp",
      });
      // Someone else types this customer's address on a product page (reading Finnish): the owner
      // is asked, in the owner's language, whether the sign-up was theirs (sign-up-claim).
      await startSignUp(await testContext(), {
        productId: yearly.id,
        market: "NO",
        email,
        phone: STRANGER_PHONE,
        locale: "fi",
        termsAccepted: true,
      });
      await pauseSubscription(await who(), { agreementId: agreement.id, until: "2030-06-01" });
      await resumeSubscription(await who(), { agreementId: agreement.id });
      await updateAgreement(await testContext({ actor: staff }), {
        agreementId: agreement.id,
        changes: { amount: 119_900 },
      });
      await updateAgreement(await testContext({ actor: staff }), {
        agreementId: agreement.id,
        changes: { productId: bigger.id, productName: "Kaffe stor", amount: 149_900 },
      });
      await stopSubscription(await who(), { agreementId: agreement.id, when: "PERIOD_END" }); // stop-scheduled
      await stopSubscription(await who(), { agreementId: agreement.id, when: "NOW" }); // stopped

      const renewing = await subscribe(locale, yearly.id);
      renewals.push({ email: renewing.email, agreementId: renewing.agreement.id });
      const failing = await subscribe(locale, weekly.id, DECLINED);
      dunned.push({ email: failing.email, agreementId: failing.agreement.id });
    }

    // Dunning: the weekly charges fail (card declined) and the dunning job's function runs.
    await runBilling(await testContext());
    await advanceBothClocks({ days: 1 });
    for (const { agreementId } of dunned) {
      const charge = await db.charge.findFirstOrThrow({ where: { agreementId, type: "RECURRING" } });
      await pollCharge(await testContext(), charge.id);
      expect((await handleFailedCharge(await testContext(), charge.id))?.emailed).toBe(true);
    }

    // The renewal notices: Abo's clock 10 days before the second year; the job twice, one notice each.
    const renewal = await db.agreement.findUniqueOrThrow({ where: { id: renewals[0]!.agreementId } });
    const noticeDay = new Date(renewal.nextChargeDate!.getTime() - 10 * 86_400_000 + 9 * 3_600_000);
    await setClockOffset(noticeDay.getTime() - Date.now());
    expect(await queueRenewalNotices(await testContext())).toEqual({ queued: 4 });
    expect(await queueRenewalNotices(await testContext())).toEqual({ queued: 0 });
    await setClockOffset((await emulatorNow()).getTime() - Date.now());

    // Nothing has gone out yet: the outbox waits for the delivery job.
    expect(received).toHaveLength(0);
    const result = await deliverEmails(await testContext());
    expect(result).toMatchObject({ retrying: 0, failed: 0 });
    const expected = await db.email.count();
    expect(result.sent).toBe(expected);
    await waitFor(async () => received.length === expected);
    expect(await deliverEmails(await testContext())).toMatchObject({ sent: 0 }); // sent once

    // Each customer asks the web role for a sign-in link, as the sign-in form does, and an admin
    // invites an agent (the back office's mail, in English): both sent by the delivery job.
    const everyone = [...customers, ...renewals, ...dunned].map((c) => c.email);
    for (const email of everyone) await requestSignInLink(APP, email);
    const admin = await db.user.create({
      data: { email: "owner@abo.test", role: "ADMIN", passwordHash: await hashPassword("not used here") },
    });
    await inviteStaff(
      await testContext({ actor: { type: "STAFF", id: admin.id, email: admin.email, role: "ADMIN" } }),
      { email: "new-agent@abo.test", name: "Nora Agent", role: "SUPPORT" },
    );
    expect(await deliverEmails(await testContext())).toMatchObject({
      sent: everyone.length + 1,
      retrying: 0,
      failed: 0,
    });
    await waitFor(async () => received.length === expected + everyone.length + 1);

    // Opening the mailed sign-in link signs its customer in and goes to the account.
    const sessions = new Map<string, string>();
    for (const email of everyone) {
      const mail = received.find((m) => recipientOf(m) === email && kindOf(m) === "sign-in-link")!;
      const opened = await openSignInLink(mail.text!.match(/https?:\/\/\S+/)![0]);
      expect(opened, email).toMatchObject({ status: 302, location: `${APP}/account` });
      expect(opened.session, email).toBeTruthy();
      sessions.set(email, opened.session!);
    }

    const kindsOf = (to: string) => received.filter((m) => recipientOf(m) === to).map(kindOf);
    for (const { locale, email, agreementId } of customers) {
      expect(kindsOf(email).sort(), locale).toEqual(
        [
          "signup-confirmed",
          "receipt",
          "refunded",
          "sign-up-claim",
          "sign-in-link",
          "paused",
          "resumed",
          "amount-changed",
          "plan-changed",
          "stop-scheduled",
          "stopped",
        ].sort(),
      );
      const m = MESSAGES[locale].email;
      const byKind = (kind: string) => received.find((r) => recipientOf(r) === email && kindOf(r) === kind)!;
      expect(byKind("sign-in-link").subject).toBe(m.signInLink.subject);
      expect(byKind("signup-confirmed").text).toContain(`/account/subscriptions/${agreementId}`);
      expect(byKind("signup-confirmed").subject).toContain(
        locale === "en" ? "Coffee for a year" : "Kaffe året",
      );
      const receiptMail = byKind("receipt");
      expect(receiptMail.attachments).toHaveLength(1);
      expect(receiptMail.attachments[0]).toMatchObject({ contentType: "application/pdf" });
      const { text: pdf } = await extractText(
        await getDocumentProxy(new Uint8Array(receiptMail.attachments[0]!.content)),
        {
          mergePages: true,
        },
      );
      expect(pdf).toContain(MESSAGES[locale].receipt.title);
      expect(pdf).toContain("Fjordkaffe");
      for (const kind of ["refunded", "paused", "stopped", "sign-up-claim"])
        expect(byKind(kind).attachments, kind).toHaveLength(0);
    }
    for (const { agreementId } of renewals) {
      const mail = received.filter((r) => kindOf(r) === "renewal-notice");
      expect(mail.some((r) => r.text!.includes(`/account/subscriptions/${agreementId}`))).toBe(true);
    }
    for (const [i, { email }] of dunned.entries()) {
      expect(kindsOf(email).sort()).toEqual(["dunning", "sign-in-link", "signup-confirmed"]);
      const dunning = received.find((r) => recipientOf(r) === email && kindOf(r) === "dunning")!;
      expect(dunning.html).toContain(`<html lang="${LOCALES[i]}">`);
    }

    // Every link of every mail, followed on the web role.
    const followed = new Set<string>();
    for (const mail of received) {
      const kind = kindOf(mail);
      const to = recipientOf(mail);
      const where = `${to} ${kind}`;
      expect(mail.text, where).toBeTruthy();
      const locale = customers.find((c) => c.email === to)?.locale;
      if (locale) expect(mail.html, where).toContain(`<html lang="${locale}">`);
      // The same links in both parts, at least one, all on APP_URL.
      const links = mail.text!.match(/https?:\/\/\S+/g) ?? [];
      const hrefs = [...(mail.html as string).matchAll(/href="([^"]+)"/g)].map((m) =>
        m[1]!.replace(/&amp;/g, "&"),
      );
      expect(hrefs, where).toEqual(links);
      expect(links.length, where).toBeGreaterThan(0);
      for (const link of links) {
        const url = new URL(link);
        expect(url.origin, where).toBe(APP);
        if (kind === "sign-in-link") continue; // opened above: it signed its customer in
        const path = url.pathname;
        if (path.startsWith("/account")) {
          // A stranger is sent to sign in and brought back; the customer sees their own page.
          const anonymous = await follow(link);
          expect(anonymous.status, `${where} ${path}`).toBe(307);
          expect(anonymous.location, `${where} ${path}`).toBe(
            `${APP}/sign-in?callbackUrl=${encodeURIComponent(path)}`,
          );
          expect((await follow(link, sessions.get(to))).status, `${where} ${path}`).toBe(200);
        } else {
          const page = await follow(link);
          expect(page.status, `${where} ${path}`).toBe(200);
          // A token's page answers 200 even for a spent token: it must show what the token is for.
          if (kind === "sign-up-claim") expect(page.body, where).toContain("Kaffe året");
          if (kind === "staff-invite") expect(page.body, where).toContain("new-agent@abo.test");
        }
        followed.add(kind);
      }
    }
    // Every kind with a link was followed (capture-warning, to staff, is a list with no link).
    expect([...followed].sort()).toEqual(
      [
        "signup-confirmed",
        "receipt",
        "refunded",
        "sign-up-claim",
        "paused",
        "resumed",
        "amount-changed",
        "plan-changed",
        "stop-scheduled",
        "stopped",
        "renewal-notice",
        "dunning",
        "staff-invite",
      ].sort(),
    );
  }, 300_000);

  it("a refused delivery is retried with backoff, then shown to support as failed", async () => {
    const yearly = await createProduct({ name: "Te", intervalUnit: "YEAR" });
    const { agreement, email, who } = await subscribe("en", yearly.id);
    await db.email.updateMany({ where: { sentAt: null }, data: { sentAt: new Date() } }); // only what follows
    refuse.set(email, 1);
    await pauseSubscription(await who(), { agreementId: agreement.id, until: "2030-06-01" });
    // Refused once (450): waiting a minute, then delivered on the second attempt.
    expect(await deliverEmails(await testContext())).toMatchObject({ sent: 0, retrying: 1 });
    const paused = await db.email.findFirstOrThrow({ where: { to: email, kind: "paused" } });
    expect(paused).toMatchObject({
      attempts: 1,
      sentAt: null,
      failedAt: null,
      error: expect.stringMatching(/450/),
    });
    expect(await deliverEmails(await testContext())).toMatchObject({ sent: 0, retrying: 0 }); // not due yet
    await advanceBothClocks({ hours: 1 });
    expect(await deliverEmails(await testContext())).toMatchObject({ sent: 1 });

    // Refused every time: each retry waits longer, and after the last one the mail has failed.
    refuse.set(email, 100);
    await resumeSubscription(await who(), { agreementId: agreement.id });
    for (let attempt = 0; attempt <= RETRY_MINUTES.length; attempt++) {
      const counts = await deliverEmails(await testContext());
      expect(counts, `attempt ${attempt + 1}`).toMatchObject(
        attempt < RETRY_MINUTES.length ? { retrying: 1 } : { failed: 1 },
      );
      await advanceBothClocks({ hours: 5 });
    }
    const resumed = await db.email.findFirstOrThrow({ where: { to: email, kind: "resumed" } });
    expect(resumed).toMatchObject({
      attempts: RETRY_MINUTES.length + 1,
      sentAt: null,
      failedAt: expect.any(Date),
    });
    expect(await deliverEmails(await testContext())).toMatchObject({ sent: 0, failed: 0 }); // never again
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "email.failed", targetId: resumed.id },
    });
    expect(audit).toMatchObject({
      customerId: agreement.customerId,
      agreementId: agreement.id,
      actorType: "SYSTEM",
    });
    expect((await listFailedEmails(await testContext(), 10)).map((e) => e.id)).toContain(resumed.id); // the System page's list
    const view = await getCustomerView(await testContext(), agreement.customerId!);
    expect(view.emails.find((e) => e.id === resumed.id)).toMatchObject({
      kind: "resumed",
      failedAt: expect.any(Date),
    });
  });

  it("a refused change mails nothing", async () => {
    const yearly = await createProduct({ name: "Kakao", intervalUnit: "YEAR" });
    const { agreement, email, who } = await subscribe("nb", yearly.id);
    await expect(resumeSubscription(await who(), { agreementId: agreement.id })).rejects.toThrow(
      /not paused/,
    );
    await expect(
      pauseSubscription(await who(), { agreementId: agreement.id, until: "2020-01-01" }),
    ).rejects.toThrow();
    expect(await db.email.findMany({ where: { to: email }, select: { kind: true } })).toEqual([
      { kind: "signup-confirmed" },
    ]);
  });
});
