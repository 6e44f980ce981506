// The go-live checklist tells the truth (issue #15 items 8–11, #18's webhook limits), against the
// emulator over HTTP and, for the webhook repair, a real worker process:
// - the Webhooks item reads Vipps's registrations: deleted behind Abo's back it is not met and says
//   why; the worker registers it again and says so (audit, System page), and then it is met;
// - at Vipps's limit of 25 registrations per event, the worker clears Abo's stale ones first;
// - the verification's agreements are test data: stopped when it ends, left out of the dashboard
//   and the work lists;
// - production waits for the connection test and the verification, with the reason;
// - a pending agreement Vipps no longer knows (404) is settled by reconciliation, with why.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { checkConnection } from "@/lib/server/admin/check-connection";
import { getDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { getOnboarding } from "@/lib/server/admin/get-onboarding";
import { registerWebhooks } from "@/lib/server/admin/register-webhooks";
import { setEnvironment } from "@/lib/server/admin/set-environment";
import { startSignUp } from "@/lib/server/agreements/start-sign-up";
import { buildChecklistDocument } from "@/lib/server/checklist/checklist-document";
import { draftTestAgreement } from "@/lib/server/checklist/draft-test-agreement";
import { getChecklistEvidence } from "@/lib/server/checklist/get-checklist-evidence";
import { runChecklistVerification } from "@/lib/server/checklist/run-verification";
import { getAgreementView } from "@/lib/server/support/get-agreement-view";
import { getSupportHome } from "@/lib/server/support/get-support-home";
import { getTimeline } from "@/lib/server/support/get-timeline";
import { listWorkList } from "@/lib/server/support/list-work-list";
import { getSystemStatus } from "@/lib/server/system/get-system-status";
import { ensureAllWebhooks } from "@/lib/server/webhooks/ensure-all-webhooks";
import { webhookUrl } from "@/lib/server/webhooks/webhook-url";
import { RECURRING_WEBHOOK_EVENTS } from "@/lib/vipps/client";
import { handle as reconcileRun } from "@/jobs/handlers/reconcile.run";
import type { Child } from "../../scripts/lib/processes";
import {
  EMULATOR_MERCHANTS,
  createActiveAgreement,
  createMerchant,
  createProduct,
  emulator,
} from "../factories";
import { waitFor } from "../shared/wait-for";
import { startWorker } from "../integration/billing-fixtures";
import { testContext } from "../shared/server-context";

const admin: TActor & TAdminActor = { type: "STAFF", id: "admin-1", email: "admin@abo.test", role: "ADMIN" };
const NO = EMULATOR_MERCHANTS.NO;

let worker: Child | undefined;
afterAll(async () => {
  await worker?.stop();
});

/** Calls Vipps's API (the emulator) as the merchant itself, not through Abo: behind Abo's back. */
async function asMerchant(method: string, path: string, body?: unknown) {
  const token = await fetch(new URL("/accesstoken/get", emulator.baseUrl), {
    method: "POST",
    headers: {
      client_id: NO.clientId,
      client_secret: NO.clientSecret,
      "Ocp-Apim-Subscription-Key": NO.subscriptionKey,
      "Merchant-Serial-Number": NO.msn,
    },
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const response = await fetch(new URL(path, emulator.baseUrl), {
    method,
    headers: {
      Authorization: `Bearer ${access_token}`,
      "Ocp-Apim-Subscription-Key": NO.subscriptionKey,
      "Merchant-Serial-Number": NO.msn,
      "Idempotency-Key": randomUUID(),
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
}

const webhooksItem = async (salesUnitId: string) => {
  const ctx = await testContext({ locale: "en" });
  return buildChecklistDocument(ctx, await getChecklistEvidence(ctx, salesUnitId)).items.find(
    (i) => i.title === "Webhooks",
  )!;
};
const text = (item: { blocks: { kind: string; text?: string }[] }) =>
  item.blocks.map((b) => b.text ?? "").join(" ");

describe("the go-live checklist tells the truth", () => {
  it("Webhooks: not met when Vipps has lost the registration, with why; met again after the worker's repair", async () => {
    const { salesUnits } = await createMerchant();
    const unitId = salesUnits.NO.id;
    const registered = await registerWebhooks(await testContext({ actor: admin }), { salesUnitId: unitId });
    const { webhookId } = await db.salesUnit.findUniqueOrThrow({ where: { id: unitId } });
    expect((await webhooksItem(unitId)).status).toBe("Met");

    // Deleted at Vipps behind Abo's back (as Vipps does after two weeks unanswered).
    expect((await asMerchant("DELETE", `/webhooks/v1/webhooks/${webhookId}`)).status).toBe(204);
    const broken = await webhooksItem(unitId);
    expect(broken.status).toBe("Missing");
    expect(text(broken)).toContain(`Vipps MobilePay no longer has Abo's registration ${webhookId}`);
    // Abo's own record still says registered; the wizard and "Test connection" no longer believe it.
    expect((await getOnboarding(await testContext({ actor: admin })))!.steps.webhooks).toBe(false);
    expect(await checkConnection(await testContext({ actor: admin }), unitId)).toMatchObject({
      ok: true,
      webhook: { ok: false, message: expect.stringContaining("no longer has Abo's registration") },
    });

    // The real worker: webhooks.ensure runs at its start (and hourly) and registers it again.
    worker = await startWorker("go-live-worker");
    await waitFor(
      async () => (await db.salesUnit.findUniqueOrThrow({ where: { id: unitId } })).webhookId !== webhookId,
      60_000,
    );
    const repairedUnit = await db.salesUnit.findUniqueOrThrow({ where: { id: unitId } });
    expect(repairedUnit).toMatchObject({ webhookUrl: registered.url, webhookProblem: null });
    const fixed = await webhooksItem(unitId);
    expect(fixed.status).toBe("Met");
    expect(text(fixed)).toContain(
      `registration ${repairedUnit.webhookId} delivers 10 events to ${registered.url}`,
    );

    // It says so: a SYSTEM repair in the audit log with what was wrong, shown on the System page.
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "sales-unit.webhook-repaired", targetId: unitId },
    });
    expect(audit).toMatchObject({ actorType: "SYSTEM", reason: expect.stringContaining(webhookId!) });
    const system = await getSystemStatus(await testContext({ actor: admin }));
    expect(system.webhooks.find((w) => w.salesUnitId === unitId)).toMatchObject({
      problem: null,
      lastRepair: { reason: expect.stringContaining("no longer has Abo's registration") },
    });
    await worker.stop();
    worker = undefined;
  }, 120_000);

  it("at Vipps's limit of 25 registrations per event, Abo's stale ones make room for the new one", async () => {
    const { salesUnits } = await createMerchant();
    const unitId = salesUnits.NO.id;
    const url = webhookUrl();
    const { webhookId } = await db.salesUnit.findUniqueOrThrow({ where: { id: unitId } });
    if (webhookId) await asMerchant("DELETE", `/webhooks/v1/webhooks/${webhookId}`);
    // 25 registrations at Abo's URL whose secrets Abo never got (say, from an earlier installation).
    for (let i = 0; i < 25; i++)
      expect(
        (await asMerchant("POST", "/webhooks/v1/webhooks", { url, events: [...RECURRING_WEBHOOK_EVENTS] }))
          .status,
      ).toBe(201);
    const refused = await asMerchant("POST", "/webhooks/v1/webhooks", {
      url,
      events: [...RECURRING_WEBHOOK_EVENTS],
    });
    expect(refused.status).toBe(400);

    expect(await ensureAllWebhooks(await testContext())).toMatchObject({ refused: 0 });
    const unit = await db.salesUnit.findUniqueOrThrow({ where: { id: unitId } });
    const { body } = await asMerchant("GET", "/webhooks/v1/webhooks");
    const atOurUrl = (body as { webhooks: { id: string; url: string }[] }).webhooks.filter(
      (w) => w.url === url,
    );
    expect(atOurUrl.map((w) => w.id)).toEqual([unit.webhookId]);
    expect((await webhooksItem(unitId)).status).toBe("Met");
  });

  it("the verification's agreements are test data: stopped at its end, in no figure and no work list", async () => {
    await createMerchant();
    const { agreement: real } = await createActiveAgreement();
    const unitId = real.salesUnitId;
    const pending = await startSignUp(await testContext(), {
      productId: (await createProduct()).id,
      market: "NO",
      email: `venter-${randomUUID().slice(0, 6)}@example.no`,
      phone: NO.phone,
      termsAccepted: true,
    });
    const at = await now();
    const before = await getDashboard(await testContext({ now: at }), { range: "30d" });
    const homeBefore = await getSupportHome(await testContext());

    const result = await runChecklistVerification(await testContext({ actor: admin }), {
      salesUnitId: unitId,
    });
    expect(result.status).toBe("PASSED");
    // A test agreement drafted and never approved (as a run cut short would leave one).
    const draft = await draftTestAgreement(await testContext(), {
      salesUnitId: unitId,
      label: "left pending",
      phone: NO.phone,
    });

    const tests = await db.agreement.findMany({ where: { salesUnitId: unitId, isTest: true } });
    const ids = result.steps.map((s) => s.agreementId).filter(Boolean);
    expect(tests.map((a) => a.id)).toEqual(expect.arrayContaining([...ids, draft.agreementId]));
    // Nothing live is left behind, at Abo or at Vipps; the ACTIVE end state stays as evidence.
    expect(tests.filter((a) => a.status === "ACTIVE")).toEqual([]);
    const active = result.steps.find((s) => s.key === "agreement-active")!;
    expect(active).toMatchObject({ status: "DONE", endState: "ACTIVE" });
    expect(active.detail).toMatch(/Stopped when the run ended/);
    expect((await emulator.agreement(active.vippsAgreementId!)).status).toBe("STOPPED");
    expect((await db.agreement.findUniqueOrThrow({ where: { id: real.id } })).status).toBe("ACTIVE");

    // The dashboard's figures are the same as before the run.
    const after = await getDashboard(await testContext({ now: at }), { range: "30d" });
    expect(after.totals).toEqual(before.totals);
    expect(after.upcoming).toEqual(before.upcoming);

    // Support's home counts the work lists the same way: nothing was added.
    const homeAfter = await getSupportHome(await testContext());
    expect(homeAfter.counts).toEqual(homeBefore.counts);
    expect(homeAfter.recentErrors).toEqual(homeBefore.recentErrors);

    // No work list shows them; the real pending sign-up is there.
    const testIds = new Set(tests.flatMap((a) => [a.id, a.vippsAgreementId]));
    const testCharges = new Set(
      (await db.charge.findMany({ where: { agreementId: { in: tests.map((a) => a.id) } } })).flatMap((c) => [
        c.id,
        c.orderId,
      ]),
    );
    for (const list of [
      "failed-charges",
      "awaiting-capture",
      "pending-agreements",
      "vipps-errors",
    ] as const) {
      const rows = (await listWorkList(await testContext(), list, 500)).rows;
      for (const row of rows) {
        expect(testCharges.has(row.id) || testIds.has(row.id), `${list}: ${row.id}`).toBe(false);
        for (const cell of Object.values(row.cells))
          expect(testIds.has(cell) || testCharges.has(cell)).toBe(false);
      }
      if (list === "pending-agreements") expect(rows.map((r) => r.id)).toContain(pending.agreementId);
    }
  });

  it("production waits for the connection test and the verification, and says why", async () => {
    await db.checklistRun.deleteMany();
    await db.salesUnit.updateMany({ data: { connectionOk: null } });
    const refusal = await setEnvironment(await testContext({ actor: admin }), {
      environment: "PRODUCTION",
    }).catch((e: Error) => e);
    expect(refusal).toMatchObject({ code: "CONFLICT" });
    expect((refusal as Error).message).toMatch(
      /^Before going live: test the connection of the test sales unit \(MSN 123456\) successfully; .*pass the go-live verification in the test environment; add your production keys/,
    );
    const blockers = (await getOnboarding(await testContext({ actor: admin })))!.productionBlockers;
    expect(blockers[0]).toBe("test the connection of the test sales unit (MSN 123456) successfully");
    expect(blockers).toContain("pass the go-live verification in the test environment");

    const units = await db.salesUnit.findMany({ where: { environment: "TEST" } });
    for (const unit of units)
      expect(await checkConnection(await testContext({ actor: admin }), unit.id)).toMatchObject({ ok: true });
    const next = (await getOnboarding(await testContext({ actor: admin })))!.productionBlockers;
    expect(next[0]).toBe("pass the go-live verification in the test environment");
    expect(next.join()).not.toMatch(/test the connection/);
    expect((await db.merchant.findFirstOrThrow()).activeEnvironment).toBe("TEST");
  });

  it("reconciliation settles a pending agreement Vipps no longer knows (404), and says why", async () => {
    const { agreementId } = await startSignUp(await testContext(), {
      productId: (await createProduct()).id,
      market: "NO",
      email: `spokelse-${randomUUID().slice(0, 6)}@example.no`,
      phone: NO.phone,
      termsAccepted: true,
    });
    const ghost = await db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
    await emulator.deleteAgreement(ghost.vippsAgreementId!);
    // Past the quarter of an hour a sign-up is left to finish before reconciliation looks at it.
    await db.agreement.update({
      where: { id: agreementId },
      data: { createdAt: new Date(Date.now() - 20 * 60_000) },
    });

    await reconcileRun();
    const settled = await db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
    expect(settled).toMatchObject({ status: "EXPIRED", stopCause: "EXPIRED", nextPollAt: null });
    expect(settled.stopReason).toMatch(
      /^Vipps MobilePay no longer knows this agreement \(404 on GET agreement /,
    );

    // Support sees why, in the agreement and in its timeline; the audit log has the SYSTEM repair.
    expect((await getAgreementView(await testContext(), agreementId)).agreement.stopReason).toBe(
      settled.stopReason,
    );
    const timeline = await getTimeline(await testContext(), { agreementId });
    expect(timeline.find((e) => e.source === "audit" && e.reason === settled.stopReason)).toBeDefined();
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { action: "agreement.repaired", agreementId } }),
    ).toMatchObject({ actorType: "SYSTEM", reason: settled.stopReason });
    expect(
      (await listWorkList(await testContext(), "pending-agreements")).rows.map((r) => r.id),
    ).not.toContain(agreementId);
  });
});
