// Acceptance: Abo past one machine — two web processes and two workers (the production roles) on
// one PostgreSQL server (127.0.0.1:5432, or TEST_EXTERNAL_DATABASE_URL), in a database of their
// own. Requests go to both webs alternately, as a load balancer would send them; one worker is
// SIGKILLed in the middle of billing. Nothing may be doubled or lost, and nothing that lives in
// one process (sessions, rate limits, schedules) may split per process.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueue, stopProducer } from "@/lib/queue/client";
import type { Child } from "../../scripts/lib/processes";
import { createActiveAgreement, emulator } from "../factories";
import { waitFor } from "../shared/wait-for";
import { DEFAULT_EXTERNAL_URL, provisionDatabase, type TestDatabase } from "../harness/database";
import { freePort } from "../harness/free-port";
import {
  ensureProductionBuild,
  startRoleWorker,
  startWeb,
  waitForReady,
  webhookSigner,
} from "../harness/roles";
import {
  advanceBothClocks,
  emulatorCharges,
  killWorker,
  seedActiveAgreements,
  setBothClocks,
} from "./billing-fixtures";

const AGREEMENTS = 1500;
const PASSWORD = "scale-out-password";
let database: TestDatabase;
const children: Child[] = [];
const webs: string[] = [];
let workers: Child[] = [];
let seeded: Awaited<ReturnType<typeof seedActiveAgreements>>;

beforeAll(async () => {
  ensureProductionBuild();
  const serverUrl = process.env.TEST_EXTERNAL_DATABASE_URL ?? DEFAULT_EXTERNAL_URL;
  // Fails (never skips) with the server's address when nothing answers there.
  database = await provisionDatabase({ mode: "external", serverUrl });
  // This file's own database, for this process and every child: the env cache is the one place
  // lib/db and the job producer read it from, and neither has connected yet.
  Object.assign(env(), { DATABASE_URL: database.url });
  process.env.DATABASE_URL = database.url;

  await setBothClocks("2030-08-01T10:00:00Z");
  seeded = await seedActiveAgreements(AGREEMENTS);
  await db.agreement.updateMany({ data: { nextChargeDate: new Date("2030-09-01T00:00:00Z") } });
  for (const [email, role] of [
    ["admin@scale.test", "ADMIN"],
    ["support@scale.test", "SUPPORT"],
  ] as const)
    await db.user.create({ data: { email, role, passwordHash: await hashPassword(PASSWORD) } });

  const ports = [await freePort(), await freePort()];
  const shared = { SCHEDULER_TICK_MS: "200" };
  const started = await Promise.all([
    startRoleWorker("scale-worker-a", shared),
    startRoleWorker("scale-worker-b", shared),
    startWeb("scale-web-a", ports[0]!, shared),
    startWeb("scale-web-b", ports[1]!, shared),
  ]);
  workers = started.slice(0, 2) as Child[];
  children.push(...workers);
  for (const web of started.slice(2) as { child: Child; url: string }[]) {
    children.push(web.child);
    webs.push(web.url);
  }
  await Promise.all(webs.map((url) => waitForReady(url)));
}, 300_000);

afterAll(async () => {
  await Promise.all(children.map((c) => c.stop()));
  await stopProducer();
  await db.$disconnect();
  await database?.stop();
});

const web = (i: number) => webs[i % 2]!;

describe("two webs and two workers on one PostgreSQL server", () => {
  it("each scheduled firing is queued once, not once per worker", async () => {
    // captures.warn fires daily at 06:00: once when the schedulers first tick, then once per day crossed.
    const count = async () =>
      Number(
        (
          await db.$queryRaw<
            { n: bigint }[]
          >`SELECT count(*) AS n FROM pgboss.job WHERE name = 'captures.warn'`
        )[0]!.n,
      );
    await waitFor(async () => (await count()) >= 1, 20_000);
    for (let day = 1; day <= 2; day++) {
      await advanceBothClocks({ days: 1 });
      await waitFor(async () => (await count()) >= 1 + day, 20_000);
    }
    // Both schedulers have ticked many times over (200 ms) since the last firing: still one job each.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await count()).toBe(3);
  });

  it("a session made on one web works on the other; a rate limit counts across both", async () => {
    const admin = await signIn(web(0), "admin@scale.test", PASSWORD);
    expect(admin).toBeTruthy();
    const session = (await (
      await fetch(`${web(1)}/api/auth/session`, { headers: { cookie: admin! } })
    ).json()) as {
      user?: { email?: string };
    };
    expect(session.user?.email).toBe("admin@scale.test");

    // Five wrong passwords spread over both webs use up this address's allowance for the account
    // (5 per 15 minutes): the right password is then refused on either.
    for (let i = 0; i < 5; i++) expect(await signIn(web(i), "support@scale.test", "wrong")).toBeNull();
    expect(await signIn(web(1), "support@scale.test", PASSWORD)).toBeNull();
    expect(await signIn(web(0), "support@scale.test", PASSWORD)).toBeNull();
    const row = await db.rateLimit.findFirstOrThrow({
      where: { key: { startsWith: "login:pair:" }, AND: { key: { endsWith: ":support@scale.test" } } },
    });
    expect(row.count).toBeGreaterThanOrEqual(7);
  });

  it("sign-ups, staff refunds and webhooks on both webs: each done once", async () => {
    const product = await db.product.create({
      data: {
        merchantId: seeded.merchant.id,
        slug: "skala",
        name: "Skala",
        description: "Avis",
        status: "LIVE",
        pricingType: "LEGACY",
        intervalUnit: "MONTH",
        intervalCount: 1,
        transactionType: "DIRECT_CAPTURE",
        retryDays: 2,
        prices: { create: [{ market: "NO", currency: "NOK", amount: 19_900 }] },
      },
    });
    const emails = Array.from({ length: 6 }, (_, i) => `skala${i}@example.no`);
    for (const [i, email] of emails.entries()) {
      const response = await callAction(
        web(i),
        `/products/${product.slug}`,
        "app/products/[slug]/actions.ts",
        "startSubscriptionAction",
        null,
        {
          slug: product.slug,
          market: "NO",
          email,
          phone: "4712345678",
          termsAccepted: true,
        },
      );
      expect(response.status, await response.clone().text()).toBeLessThan(400);
    }
    const signUps = await db.agreement.findMany({
      where: { productId: product.id },
      select: { vippsAgreementId: true, customer: { select: { email: true } } },
    });
    expect(signUps.map((a) => a.customer?.email).sort()).toEqual([...emails].sort());
    expect(signUps.every((a) => a.vippsAgreementId)).toBe(true);

    // Staff refunds: two partial refunds of each of two charges, every one on the other web.
    const admin = (await signIn(web(0), "admin@scale.test", PASSWORD))!;
    const initial = {
      initialChargeDescription: "Første måned",
      initialChargeTransactionType: "DIRECT_CAPTURE" as const,
      prices: [
        { market: "NO" as const, currency: "NOK" as const, amount: 19_900, initialChargeAmount: 19_900 },
      ],
    };
    const charges = [];
    for (let i = 0; i < 2; i++) {
      const { agreement } = await createActiveAgreement({ product: initial });
      const charge = await db.charge.findFirstOrThrow({
        where: { agreementId: agreement.id, type: "INITIAL" },
      });
      charges.push({ ...charge, vippsAgreementId: agreement.vippsAgreementId! });
    }
    let n = 0;
    for (const charge of charges)
      for (let k = 0; k < 2; k++) {
        const response = await callAction(
          web(n++),
          `/support/charges/${charge.id}`,
          "app/support/charges/[chargeId]/actions.ts",
          "refundChargeAction",
          admin,
          {
            chargeId: charge.id,
            amount: "10",
            description: "Delvis",
            reasonCode: "OTHER",
            reasonDetails: "Scale-out test refund",
          },
        );
        expect(await response.text()).toContain("Refunded.");
      }
    for (const charge of charges) {
      const remote = (await emulator.charges({ agreementId: charge.vippsAgreementId })).find(
        (c) => c.id === charge.orderId,
      );
      expect(remote?.summary?.refunded).toBe(2_000);
      expect((await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).refundedAmount).toBe(2_000);
      expect(await db.auditEvent.count({ where: { chargeId: charge.id, action: "charge.refund" } })).toBe(2);
    }

    // Webhooks: each stop is delivered to both webs; stored once, applied once.
    const sign = await webhookSigner(seeded.salesUnits.NO.id, process.env.EMULATOR_URL!);
    const stopped = seeded.agreements.slice(0, 4);
    for (const agreement of stopped) {
      await emulator.userStop(agreement.vippsAgreementId);
      const body = JSON.stringify({
        msn: "123456",
        agreementId: agreement.vippsAgreementId,
        eventType: "recurring.agreement-stopped.v1",
        occurred: new Date().toISOString(),
        actor: "USER",
      });
      for (const url of webs) {
        const response = await fetch(`${url}/api/webhooks/vipps`, {
          method: "POST",
          headers: sign(body),
          body,
        });
        expect(response.status).toBe(200);
      }
    }
    const vippsIds = stopped.map((a) => a.vippsAgreementId);
    await waitFor(
      async () =>
        (await db.webhookEvent.count({
          where: { agreementId: { in: vippsIds }, processedAt: { not: null } },
        })) === 4,
      30_000,
    );
    const events = await db.webhookEvent.findMany({ where: { agreementId: { in: vippsIds } } });
    expect(events.map((e) => e.deliveries)).toEqual([2, 2, 2, 2]);
    expect(
      await db.agreement.count({ where: { vippsAgreementId: { in: vippsIds }, status: "STOPPED" } }),
    ).toBe(4);
  });

  it("billing across both workers, one SIGKILLed mid-run: every charge once", async () => {
    const live = seeded.agreements.slice(4).map((a) => a.id);
    const today = new Date(`${(await emulator.clock()).now.slice(0, 10)}T00:00:00Z`);
    await db.agreement.updateMany({ where: { id: { in: live } }, data: { nextChargeDate: today } });
    for (let i = 0; i < 4; i++) await enqueue("billing.run", {});
    await waitFor(async () => (await db.charge.count({ where: { agreementId: { in: live } } })) > 0, 60_000);
    await killWorker(workers[0]!);
    // Charges the killed worker had claimed stay leased to it for a while (Abo's clock); an hour on,
    // the next scheduled billing run on the other worker takes them up.
    await advanceBothClocks({ hours: 1 });
    await waitFor(
      async () =>
        (await db.charge.count({ where: { agreementId: { in: live }, sendState: "SENT" } })) === live.length,
      60_000,
    );
    const charges = await db.charge.findMany({
      where: { agreementId: { in: live } },
      select: { agreementId: true },
    });
    expect(charges).toHaveLength(live.length);
    expect(new Set(charges.map((c) => c.agreementId)).size).toBe(live.length);
    const vippsIds = new Set(seeded.agreements.slice(4).map((a) => a.vippsAgreementId));
    const remote = (await emulatorCharges()).filter((c) => vippsIds.has(c.agreementId));
    expect(remote).toHaveLength(live.length);
    expect(new Set(remote.map((c) => c.agreementId)).size).toBe(live.length);
  }, 150_000);
});

/** Staff sign-in through Auth.js's own endpoints; the session cookie, or null when refused. */
async function signIn(base: string, email: string, password: string): Promise<string | null> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // The proxy and the route handler each set a CSRF cookie: send the one that pairs with the token.
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith(`authjs.csrf-token=${csrfToken}`));
  const response = await fetch(`${base}/api/auth/callback/staff`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie: cookie ?? "" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/support` }),
  });
  const session = response.headers.getSetCookie().find((c) => /session-token=[^;]/.test(c));

  return session ? session.split(";")[0]! : null;
}

const manifest = () =>
  JSON.parse(
    readFileSync(
      path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"),
      "utf8",
    ),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };

/** Calls a server action the way the browser does (its id from the build's manifest). */
async function callAction(
  base: string,
  page: string,
  file: string,
  name: string,
  cookie: string | null,
  input: unknown,
) {
  const id = Object.entries(manifest().node).find(
    ([, a]) => a.filename === file && a.exportedName === name,
  )?.[0];
  if (!id) throw new Error(`no server action ${name} in ${file} in the build`);
  return fetch(`${base}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      // The answers below are read in English (staff get their browser's language, else Norwegian).
      "Accept-Language": "en",
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([input]),
  });
}
