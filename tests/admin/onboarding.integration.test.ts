import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto/secret-box";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { checkConnection } from "@/lib/server/admin/check-connection";
import { connectSalesUnit } from "@/lib/server/admin/connect-sales-unit";
import { createFirstAdmin } from "@/lib/server/admin/create-first-admin";
import { getOnboarding } from "@/lib/server/admin/get-onboarding";
import { needsFirstRun } from "@/lib/server/admin/needs-first-run";
import { registerWebhooks } from "@/lib/server/admin/register-webhooks";
import { runGoLiveCheck } from "@/lib/server/admin/run-go-live-check";
import { setEnvironment } from "@/lib/server/admin/set-environment";
import { ZFirstRunInput, ZSalesUnitKeysInput } from "@/lib/schemas/admin";
import { emulator } from "../factories";
import { testContext } from "../shared/server-context";

const NO_KEYS = {
  environment: "TEST" as const,
  market: "NO" as const,
  name: "Nettbutikk",
  msn: "123456",
  clientId: "abo-test-client",
  clientSecret: "abo-test-secret",
  subscriptionKey: "abo-test-subscription-key",
};
const PRODUCTION = {
  environment: "PRODUCTION" as const,
  market: "NO" as const,
  name: "Nettbutikk (prod)",
  msn: "765432",
  clientId: "prod-client",
  clientSecret: "prod-secret-value",
  subscriptionKey: "prod-subscription-key",
};

let actor: TAdminActor;
const asAdmin = () => testContext({ actor });

const rejects = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe("first run and onboarding", () => {
  beforeAll(async () => {
    // The emulator's stand-in for the merchant's production sales unit.
    const response = await fetch(new URL("/_emulator/merchants", emulator.baseUrl), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        msn: PRODUCTION.msn,
        market: "NO",
        clientId: PRODUCTION.clientId,
        clientSecret: PRODUCTION.clientSecret,
        subscriptionKey: PRODUCTION.subscriptionKey,
      }),
    });
    expect(response.ok).toBe(true);
  });

  it("opens setup on an empty database only, and makes one admin and the merchant", async () => {
    expect(await needsFirstRun()).toBe(true);
    expect(
      ZFirstRunInput.safeParse({
        merchantName: "",
        name: "A",
        email: "x",
        password: "short",
      }).error?.flatten().fieldErrors,
    ).toMatchObject({
      merchantName: [expect.stringMatching(/business name/)],
      email: [expect.stringMatching(/email address/)],
      password: ["Use at least 12 characters"],
    });
    const [first, second] = await Promise.allSettled([
      createFirstAdmin({
        merchantName: "Fjellbrød",
        name: "Ada",
        email: "ada@fjellbrod.test",
        password: "surdeig-hver-morgen",
      }),
      createFirstAdmin({
        merchantName: "Kapring",
        name: "Eve",
        email: "eve@evil.test",
        password: "surdeig-hver-morgen",
      }),
    ]);
    // Two at once: exactly one becomes admin.
    expect([first.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    expect(await db.merchant.count()).toBe(1);
    expect(await needsFirstRun()).toBe(false);
    const user = await db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    actor = { type: "STAFF", id: user.id, email: user.email, role: "ADMIN" };
    expect(
      (
        await rejects(
          createFirstAdmin({
            merchantName: "X",
            name: "Y",
            email: "y@y.test",
            password: "surdeig-hver-morgen",
          }),
        )
      ).code,
    ).toBe("CONFLICT");
  });

  it("refuses bad keys before storing anything or calling Vipps", async () => {
    const parsed = ZSalesUnitKeysInput.safeParse({ ...NO_KEYS, msn: "12ab", clientSecret: "" });
    expect(parsed.error?.flatten().fieldErrors).toMatchObject({
      msn: [expect.stringMatching(/4 to 7 digits/)],
      clientSecret: ["Paste the client_secret"],
    });
    expect(await db.salesUnit.count()).toBe(0);
    expect(await db.vippsCall.count()).toBe(0);
  });

  it("stores keys encrypted, shows only the hint, and tests the connection with Vipps's answer on failure", async () => {
    const saved = await connectSalesUnit(await asAdmin(), { ...NO_KEYS, clientSecret: "wrong-secret" });
    expect(saved.subscriptionKeyHint).toBe("••••-key");
    const row = await db.salesUnit.findUniqueOrThrow({
      where: { id: saved.id },
      omit: { clientSecretEnc: false },
    });
    expect(row.clientSecretEnc).not.toContain("wrong-secret");
    expect(decryptSecret(row.clientSecretEnc, process.env.ENCRYPTION_KEY!)).toBe("wrong-secret");
    expect(row.baseUrl).toBe(process.env.VIPPS_BASE_URL);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "sales-unit.keys-saved" } });
    expect(JSON.stringify(audit)).not.toMatch(/wrong-secret|abo-test-subscription-key/);

    const failed = await checkConnection(await asAdmin(), saved.id);
    expect(failed).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The access token was refused\. Vipps MobilePay answered 401/),
    });
    expect(await db.salesUnit.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      connectionOk: false,
      connectionError: failed.message,
    });

    await connectSalesUnit(await asAdmin(), NO_KEYS);
    expect((await db.salesUnit.findUniqueOrThrow({ where: { id: saved.id } })).connectionOk).toBeNull();
    expect(await checkConnection(await asAdmin(), saved.id)).toMatchObject({ ok: true });
    const calls = await db.vippsCall.findMany({
      where: { salesUnitId: saved.id },
      orderBy: { createdAt: "asc" },
      select: { operation: true, status: true },
    });
    expect(calls.slice(-2)).toEqual([
      { operation: "GetAccessToken", status: 200 },
      { operation: "ListAgreements", status: 200 },
    ]);
  });

  it("refuses a second unit for the same market and environment", async () => {
    const error = await rejects(connectSalesUnit(await asAdmin(), { ...NO_KEYS, msn: "999999" }));
    expect(error.details.fieldErrors).toEqual({ market: expect.stringMatching(/MSN 123456/) });
    expect(await db.salesUnit.count()).toBe(1);
  });

  it("registers webhooks and passes the go-live verification; production waits until it is ready", async () => {
    const unit = await db.salesUnit.findFirstOrThrow({ where: { environment: "TEST" } });
    const registered = await registerWebhooks(await asAdmin(), { salesUnitId: unit.id });
    expect(registered.url).toMatch(/\/api\/webhooks\/vipps$/);
    const remote = (await (await fetch(new URL("/_emulator/webhooks", emulator.baseUrl))).json()) as {
      id: string;
      msn: string;
    }[];
    expect(remote.map((w) => w.id)).toContain(
      (await db.salesUnit.findUniqueOrThrow({ where: { id: unit.id } })).webhookId,
    );

    expect((await rejects(setEnvironment(await asAdmin(), { environment: "PRODUCTION" }))).message).toMatch(
      /pass the go-live verification.*add your production keys/,
    );
    const check = await runGoLiveCheck(await asAdmin(), { salesUnitId: unit.id });
    expect(check.status).toBe("PASSED");

    const production = await connectSalesUnit(await asAdmin(), PRODUCTION);
    expect(production.environment).toBe("PRODUCTION");
    expect((await db.salesUnit.findUniqueOrThrow({ where: { id: production.id } })).baseUrl).toBe(
      env().VIPPS_PRODUCTION_BASE_URL,
    );
    // No real production here: the emulator stands in for it (a new URL also drops the cached client).
    await db.salesUnit.update({ where: { id: production.id }, data: { baseUrl: emulator.baseUrl } });
    expect((await rejects(setEnvironment(await asAdmin(), { environment: "PRODUCTION" }))).message).toMatch(
      /test the production connection; register webhooks for production/,
    );
    expect(await checkConnection(await asAdmin(), production.id)).toMatchObject({ ok: true });
    await registerWebhooks(await asAdmin(), { salesUnitId: production.id });
    expect(await setEnvironment(await asAdmin(), { environment: "PRODUCTION" })).toEqual({
      environment: "PRODUCTION",
    });
    const merchant = await db.merchant.findFirstOrThrow();
    expect(merchant.activeEnvironment).toBe("PRODUCTION");
    expect(merchant.onboardingCompletedAt).not.toBeNull();

    const state = await getOnboarding(await asAdmin());
    expect(state?.steps).toMatchObject({
      keys: true,
      connection: true,
      webhooks: true,
      checklist: true,
      production: true,
      product: false,
    });
    // Only hints leave the server.
    expect(JSON.stringify(state)).not.toMatch(/abo-test-secret|prod-secret-value|prod-subscription-key|v1:/);
    expect(await setEnvironment(await asAdmin(), { environment: "TEST" })).toEqual({ environment: "TEST" });
  });
});
