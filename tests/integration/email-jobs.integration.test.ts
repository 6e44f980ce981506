// The mail jobs as the real scheduler runs them: a worker process (jobs/worker.ts) with time travel
// fires emails.deliver and emails.renewal-notices on Abo's clock (jobs/clock-scheduler.ts), and a
// real SMTP server started here receives what it sends. Nothing here queues a job, calls a handler
// or the delivery function: the test changes subscriptions, moves the clock and watches.
import { simpleParser, type ParsedMail } from "mailparser";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/periods";
import { checkEnv } from "@/lib/env";
import { pauseSubscription } from "@/lib/server/customer-portal/pause-subscription";
import { resumeSubscription } from "@/lib/server/customer-portal/resume-subscription";
import { RETRY_MINUTES } from "@/lib/server/email/deliver-emails";
import { RENEWAL_NOTICE_DAYS } from "@/lib/server/email/queue-renewal-notices";
import { getCustomerView } from "@/lib/server/support/get-customer-view";
import { listFailedEmails } from "@/lib/server/system/failed-emails";
import type { Child } from "../../scripts/lib/processes";
import { createActiveAgreement, createMerchant } from "../factories";
import { waitFor } from "../shared/wait-for";
import { advanceBothClocks, emulatorNow, setBothClocks, startWorker } from "./billing-fixtures";
import { testContext } from "../shared/server-context";
import { customerContext } from "../shared/customer-context";

// What the SMTP server accepted, and how many more messages of a kind to a recipient it refuses
// (at the end of DATA: the message came in, and the server answers "try later").
const received: ParsedMail[] = [];
const refuse = new Map<string, number>();
const refusalKey = (to: string, kind: string) => `${to} ${kind}`;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const key = refusalKey(session.envelope.rcptTo[0]?.address ?? "", kindOf(mail));
        const left = refuse.get(key) ?? 0;
        if (left > 0) {
          refuse.set(key, left - 1);
          return callback(
            Object.assign(new Error("Local error in processing, try later"), { responseCode: 451 }),
          );
        }
        received.push(mail);
        callback();
      })
      .catch(callback);
  },
});

let worker: Child | undefined;
function kindOf(mail: ParsedMail): string {
  return String(mail.headers.get("x-abo-email-kind"));
}
const mailOf = (to: string, kind: string) =>
  received.filter((m) => m.to && "text" in m.to && m.to.text === to && kindOf(m) === kind);
const outbox = (to: string, kind: string) => db.email.findFirst({ where: { to, kind } });

/** Runs of a queue in the given states so far (pg-boss's own table). */
async function runs(queue: string, states: string[] = ["completed"]): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state::text = ANY($2::text[])`,
      [queue, states],
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

/**
 * Waits until the mail has had more than `attempts` attempts and no delivery run is queued or under
 * way: an attempt is counted when it starts, and its outcome is written when it ends.
 */
async function attemptedMoreThan(to: string, kind: string, attempts: number) {
  let row: Awaited<ReturnType<typeof outbox>> = null;
  await waitFor(
    async () =>
      ((row = await outbox(to, kind))?.attempts ?? 0) > attempts &&
      (await runs("emails.deliver", ["created", "retry", "active"])) === 0 &&
      (row = await outbox(to, kind)) !== null,
    60_000,
  );
  return row!;
}

// A fresh context per call: the tests move Abo's clock between them.
const customer = (agreement: { customerId: string | null }, email: string) => () =>
  customerContext(agreement.customerId!, { email });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  // This process and the worker it starts read the same environment: mail goes to this server.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  checkEnv([]);
  await setBothClocks("2030-03-10T10:00:00Z");
  const { merchant } = await createMerchant();
  await db.merchant.update({ where: { id: merchant.id }, data: { name: "Fjordkaffe", chargeLeadDays: 1 } });
  worker = await startWorker("email-jobs-worker", { SCHEDULER_TICK_MS: "200" });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("mail jobs fired by the scheduler on Abo's clock", () => {
  it("emails.deliver sends the outbox; a refused mail is tried again later, and one refused every time fails and is shown to support", async () => {
    const email = "kari-jobs@example.no";
    const { agreement } = await createActiveAgreement({ email, product: { intervalUnit: "YEAR" } });
    const who = customer(agreement, email);

    // The sign-up's confirmation was written to the outbox with the approval; the next firing sends it.
    await advanceBothClocks({ hours: 1 });
    await waitFor(async () => mailOf(email, "signup-confirmed").length === 1, 60_000);
    // The server has the mail; the worker records it as sent in the next statement.
    await waitFor(async () => (await outbox(email, "signup-confirmed"))?.sentAt != null, 60_000);
    expect(await outbox(email, "signup-confirmed")).toMatchObject({ attempts: 1, sentAt: expect.any(Date) });

    // Refused once: the attempt is recorded with the server's answer and the mail waits, unsent ...
    refuse.set(refusalKey(email, "paused"), 1);
    await pauseSubscription(await who(), { agreementId: agreement.id, until: "2030-06-01" });
    await advanceBothClocks({ hours: 1 });
    const refused = await attemptedMoreThan(email, "paused", 0);
    // The server refused it once ...
    expect(refuse.get(refusalKey(email, "paused"))).toBe(0);
    // ... and until the next attempt the row keeps that answer, unsent. (The scheduler fires every
    // minute on Abo's clock, which runs on between the test's steps: on a slow machine a firing can
    // come between the pause and the clock's move, and the retry then lands before this read.)
    if (refused.attempts === 1)
      expect(refused).toMatchObject({ sentAt: null, failedAt: null, error: expect.stringMatching(/451/) });
    // ... and a later firing, once its wait is over, delivers it.
    await advanceBothClocks({ hours: 1 });
    await waitFor(async () => mailOf(email, "paused").length === 1, 60_000);
    // The server has the mail; the worker records it as sent in the next statement.
    await waitFor(async () => (await outbox(email, "paused"))?.sentAt != null, 60_000);
    expect(await outbox(email, "paused")).toMatchObject({
      attempts: 2,
      sentAt: expect.any(Date),
      error: null,
    });

    // Refused every time: tried again at each firing after its wait, then failed after the last.
    refuse.set(refusalKey(email, "resumed"), 1_000);
    await resumeSubscription(await who(), { agreementId: agreement.id });
    for (let hop = 0; hop <= RETRY_MINUTES.length * 2 && !(await outbox(email, "resumed"))?.failedAt; hop++) {
      const before = (await outbox(email, "resumed"))!.attempts;
      // The longest wait is 240 minutes: five hours on, the mail is due again.
      await advanceBothClocks({ hours: 5 });
      await attemptedMoreThan(email, "resumed", before);
    }
    const failed = (await outbox(email, "resumed"))!;
    expect(failed).toMatchObject({
      attempts: RETRY_MINUTES.length + 1,
      sentAt: null,
      failedAt: expect.any(Date),
      error: expect.stringMatching(/451/),
    });
    expect(mailOf(email, "resumed")).toHaveLength(0);

    // Never tried again: a later firing runs and leaves it alone.
    const deliveries = await runs("emails.deliver");
    await advanceBothClocks({ hours: 5 });
    await waitFor(async () => (await runs("emails.deliver")) > deliveries, 60_000);
    expect((await outbox(email, "resumed"))!.attempts).toBe(RETRY_MINUTES.length + 1);

    // Support sees it: on the customer's timeline (audit), the customer page's mail list, the System page.
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "email.failed", targetId: failed.id },
    });
    expect(audit).toMatchObject({
      customerId: agreement.customerId,
      agreementId: agreement.id,
      actorType: "SYSTEM",
    });
    expect(audit.reason).toMatch(
      /"resumed" email to kari-jobs@example\.no could not be delivered after 6 attempts/,
    );
    const view = await getCustomerView(await testContext(), agreement.customerId!);
    expect(view.emails.find((e) => e.id === failed.id)).toMatchObject({
      kind: "resumed",
      failedAt: expect.any(Date),
    });
    expect((await listFailedEmails(await testContext(), 10)).map((e) => e.id)).toContain(failed.id);
    // A refused mail is the mail's failure, not the job's: every delivery run succeeded.
    expect(await runs("emails.deliver", ["failed"])).toBe(0);
  }, 240_000);

  it(`emails.renewal-notices tells a yearly customer ${RENEWAL_NOTICE_DAYS} days before the renewal, on that day, once`, async () => {
    const email = "ola-renewal@example.no";
    const { agreement } = await createActiveAgreement({
      email,
      product: { intervalUnit: "YEAR", prices: [{ market: "NO", currency: "NOK", amount: 119_900 }] },
    });
    // The first year is charged (billing.run, fired by the scheduler too); the renewal is a year on.
    await advanceBothClocks({ hours: 1 });
    await waitFor(
      async () => (await db.charge.count({ where: { agreementId: agreement.id, sendState: "SENT" } })) === 1,
      60_000,
    );
    const renewal = (await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).nextChargeDate!;
    const notices = () => db.email.findMany({ where: { agreementId: agreement.id, kind: "renewal-notice" } });

    /** Moves both clocks to 08:00 UTC `daysBefore` the renewal (the job's cron is 07:00) and waits for its run. */
    const dayBefore = async (daysBefore: number) => {
      const before = await runs("emails.renewal-notices");
      const target = addDays(renewal, -daysBefore).getTime() + 8 * 3_600_000;
      await advanceBothClocks({ hours: Math.round((target - (await emulatorNow()).getTime()) / 3_600_000) });
      await waitFor(async () => (await runs("emails.renewal-notices")) > before, 60_000);
    };

    await dayBefore(RENEWAL_NOTICE_DAYS + 1);
    expect(await notices()).toEqual([]); // a day early: nothing yet

    await dayBefore(RENEWAL_NOTICE_DAYS);
    const [notice] = await notices();
    expect(notice).toMatchObject({
      to: email,
      dedupeKey: `renewal-notice:${agreement.id}:${renewal.toISOString().slice(0, 10)}`,
    });
    expect(notice!.text).toMatch(/1\s199/); // the amount to be charged
    // The day's emails.deliver firing (or the next) sends it.
    await advanceBothClocks({ hours: 1 });
    await waitFor(async () => mailOf(email, "renewal-notice").length === 1, 60_000);
    expect(mailOf(email, "renewal-notice")[0]!.text).toContain(`/account/subscriptions/${agreement.id}`);

    await dayBefore(RENEWAL_NOTICE_DAYS - 1);
    expect(await notices()).toHaveLength(1); // the next day's run adds nothing
  }, 240_000);
});
