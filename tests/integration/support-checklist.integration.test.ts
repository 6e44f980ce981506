import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import type { TVerificationStep } from "@/lib/server/checklist/checklist-types";
import { resumeWaitingVerifications } from "@/lib/server/checklist/resume-waiting-verifications";
import { runChecklistVerification } from "@/lib/server/checklist/run-verification";
import { exportChecklist } from "@/lib/server/checklist/export-checklist";
import { createMerchant, emulator } from "../factories";
import { testContext } from "../shared/server-context";

const admin: TActor = { type: "STAFF", id: "admin-1", email: "admin@abo.test", role: "ADMIN" };

describe("go-live checklist verification against the emulator", () => {
  it("runs once at a time per sales unit: a second start meanwhile is refused and makes nothing", async () => {
    const { salesUnits } = await createMerchant();
    const runsBefore = await db.checklistRun.count();
    const [first, second] = await Promise.allSettled([
      runChecklistVerification(await testContext({ actor: admin }), { salesUnitId: salesUnits.NO.id }),
      runChecklistVerification(await testContext({ actor: admin }), { salesUnitId: salesUnits.NO.id }),
    ]);
    const outcomes = [first, second].map((o) => (o.status === "fulfilled" ? o.value.status : o.reason.code));
    expect(outcomes.sort()).toEqual(["CONFLICT", "PASSED"]);
    expect(await db.checklistRun.count()).toBe(runsBefore + 1);
  });

  it("ends with an ACTIVE and a STOPPED agreement, a CHARGED and a REFUNDED recurring charge, all with their ids", async () => {
    const { salesUnits } = await createMerchant();
    const clockBefore = new Date((await emulator.clock()).now);
    const result = await runChecklistVerification(await testContext({ actor: admin }), {
      salesUnitId: salesUnits.NO.id,
    });

    expect(result.status, JSON.stringify(result.steps, null, 2)).toBe("PASSED");
    const byKey = Object.fromEntries(result.steps.map((s) => [s.key, s]));
    expect(byKey["agreement-active"]).toMatchObject({
      status: "DONE",
      endState: "ACTIVE",
      vippsAgreementId: expect.stringMatching(/^agr_/),
    });
    expect(byKey["agreement-stopped"]).toMatchObject({
      status: "DONE",
      endState: "STOPPED",
      vippsAgreementId: expect.stringMatching(/^agr_/),
    });
    expect(byKey["charge-charged"]).toMatchObject({
      status: "DONE",
      endState: "CHARGED",
      orderId: expect.any(String),
    });
    expect(byKey["charge-refunded"]).toMatchObject({
      status: "DONE",
      endState: "REFUNDED",
      orderId: expect.any(String),
    });

    // Vipps's side (the emulator) agrees, and the charges really are RECURRING ones. The ACTIVE one
    // was stopped when the run ended (test data: nothing live is left behind).
    expect((await emulator.agreement(byKey["agreement-active"]!.vippsAgreementId!)).status).toBe("STOPPED");
    expect((await emulator.agreement(byKey["agreement-stopped"]!.vippsAgreementId!)).status).toBe("STOPPED");
    const remote = await emulator.charges({ agreementId: byKey["agreement-active"]!.vippsAgreementId! });
    const charged = remote.find((c) => c.id === byKey["charge-charged"]!.orderId)!;
    const refunded = remote.find((c) => c.id === byKey["charge-refunded"]!.orderId)!;
    expect(charged).toMatchObject({ status: "CHARGED", type: "RECURRING" });
    expect(refunded).toMatchObject({ status: "REFUNDED", type: "RECURRING" });
    expect(remote.find((c) => c.id === byKey["charge-cancelled"]!.orderId)!.status).toBe("CANCELLED");

    // The run is stored with its orderIds, and the emulator's clock is back where Abo's is.
    const run = await db.checklistRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run).toMatchObject({ status: "PASSED", salesUnitId: salesUnits.NO.id });
    expect(JSON.stringify(run.steps)).toContain(byKey["charge-refunded"]!.orderId!);
    const clockAfter = new Date((await emulator.clock()).now);
    expect(Math.abs(clockAfter.getTime() - clockBefore.getTime())).toBeLessThan(5 * 60_000);
    // Every step went through Abo's Vipps client: all nine checklist endpoints are in the call log.
    const operations = new Set(
      (
        await db.vippsCall.findMany({
          where: { salesUnitId: salesUnits.NO.id, status: { lt: 300 } },
          select: { operation: true },
        })
      ).map((c) => c.operation),
    );
    for (const op of [
      "DraftAgreement",
      "GetAgreement",
      "UpdateAgreement",
      "StopAgreement",
      "ListCharges",
      "CreateCharge",
      "GetCharge",
      "CancelCharge",
      "CaptureCharge",
      "RefundCharge",
    ]) {
      expect(operations, op).toContain(op);
    }
    // Nothing a customer can see: the test agreements belong to no customer.
    expect(
      await db.agreement.count({ where: { id: byKey["agreement-active"]!.agreementId!, customerId: null } }),
    ).toBe(1);
  });

  it("exports the filled checklist as Markdown and as a PDF whose text lists the four end states and orderIds", async () => {
    const { salesUnits } = await createMerchant();
    const result = await runChecklistVerification(await testContext({ actor: admin }), {
      salesUnitId: salesUnits.NO.id,
    });
    const ids = result.steps.filter((s) => s.required).map((s) => s.orderId ?? s.vippsAgreementId!);

    // In the staff member's language (here Norwegian); ids, codes and header names as they are.
    const markdown = await exportChecklist(await testContext({ locale: "nb" }), {
      salesUnitId: salesUnits.NO.id,
      format: "md",
    });
    expect(markdown.contentType).toMatch(/text\/markdown/);
    const md = markdown.body.toString("utf8");
    for (const id of ids) expect(md).toContain(id);
    for (const state of ["ACTIVE", "STOPPED", "CHARGED", "REFUNDED"]) expect(md).toContain(state);
    expect(md).toContain("Vipps-System-Name");
    expect(md).toContain("## Kontroll i testmiljøet: Oppfylt");

    const pdf = await exportChecklist(await testContext({ locale: "en" }), {
      salesUnitId: salesUnits.NO.id,
      format: "pdf",
    });
    expect(pdf.contentType).toBe("application/pdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.body)), {
      mergePages: true,
    });
    for (const id of ids) expect(text).toContain(id);
    for (const state of ["ACTIVE", "STOPPED", "CHARGED", "REFUNDED"]) expect(text).toContain(state);
    expect(text).toContain("PASSED");
    expect(text).toContain("Test-environment verification: Met");
  });

  it("refuses a production sales unit before calling Vipps", async () => {
    const { merchant } = await createMerchant();
    const unit = await db.salesUnit.create({
      data: {
        merchantId: merchant.id,
        name: "Prod",
        environment: "PRODUCTION",
        market: "NO",
        currency: "NOK",
        msn: "765432",
        baseUrl: "https://api.vipps.no",
        clientIdEnc: "x",
        clientSecretEnc: "x",
        subscriptionKeyEnc: "x",
        subscriptionKeyHint: "••",
      },
    });
    const calls = await db.vippsCall.count();
    await expect(
      runChecklistVerification(await testContext({ actor: admin }), { salesUnitId: unit.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.vippsCall.count()).toBe(calls);
    expect(await db.checklistRun.count({ where: { salesUnitId: unit.id } })).toBe(0);
  });

  // Last in this file: it leaves the emulator's clock at the batch, as Vipps's own day would pass.
  it("against a Vipps it cannot move the clock of, waits for the charge batch and finishes on a later call", async () => {
    const { salesUnits } = await createMerchant();
    // The emulator, reached under another name for 127.0.0.1 (IPv4-mapped IPv6; it listens on
    // 127.0.0.1 only): to Abo it is not "the local emulator", exactly like https://apitest.vipps.no,
    // so the run must wait for the batch instead of moving time.
    const remote = new URL(emulator.baseUrl);
    remote.hostname = "[::ffff:127.0.0.1]";
    await db.salesUnit.update({
      where: { id: salesUnits.NO.id },
      data: { baseUrl: remote.toString().replace(/\/$/, "") },
    });
    const clockBefore = (await emulator.clock()).now;

    const first = await runChecklistVerification(await testContext({ actor: admin }), {
      salesUnitId: salesUnits.NO.id,
    });
    expect(first.status).toBe("RUNNING");
    const byKey = Object.fromEntries(first.steps.map((s) => [s.key, s]));
    expect(byKey["agreement-active"]).toMatchObject({ status: "DONE", endState: "ACTIVE" });
    expect(byKey["agreement-stopped"]).toMatchObject({ status: "DONE", endState: "STOPPED" });
    expect(byKey["charge-charged"]).toMatchObject({
      status: "WAITING",
      endState: "DUE",
      orderId: expect.any(String),
      detail: expect.stringMatching(/Waiting for Vipps MobilePay's charge batch/),
    });
    expect(byKey["charge-refunded"]).toMatchObject({ status: "WAITING", endState: "DUE" });
    expect((await emulator.clock()).now).toBe(clockBefore);
    expect(await db.checklistRun.findUniqueOrThrow({ where: { id: first.runId } })).toMatchObject({
      status: "RUNNING",
      finishedAt: null,
    });

    // A call before the batch changes nothing and creates nothing new.
    const calls = await db.vippsCall.count({ where: { operation: "CreateCharge" } });
    expect(
      (await runChecklistVerification(await testContext({ actor: admin }), { salesUnitId: salesUnits.NO.id }))
        .status,
    ).toBe("RUNNING");
    expect(await db.vippsCall.count({ where: { operation: "CreateCharge" } })).toBe(calls);

    // Vipps's batch runs on the due date; the worker's hourly resume finishes the same run.
    const due = byKey["charge-charged"]!.due!;
    await emulator.setClock({ now: `${due}T07:05:00Z` });
    expect(await resumeWaitingVerifications(await testContext())).toContainEqual({
      salesUnitId: salesUnits.NO.id,
      runId: first.runId,
      status: "PASSED",
    });
    const second = await db.checklistRun.findUniqueOrThrow({ where: { id: first.runId } });
    expect(second).toMatchObject({ status: "PASSED", finishedAt: expect.any(Date) });
    const finished = Object.fromEntries((second.steps as TVerificationStep[]).map((s) => [s.key, s]));
    expect(finished["charge-charged"]).toMatchObject({
      status: "DONE",
      endState: "CHARGED",
      orderId: byKey["charge-charged"]!.orderId,
    });
    expect(finished["charge-refunded"]).toMatchObject({
      status: "DONE",
      endState: "REFUNDED",
      orderId: byKey["charge-refunded"]!.orderId,
    });
    expect(
      await db.checklistRun.count({
        where: { salesUnitId: salesUnits.NO.id, status: "PASSED", id: first.runId },
      }),
    ).toBe(1);
    // Nothing of this unit waits any more, so the next resume leaves it alone.
    expect((await resumeWaitingVerifications(await testContext())).map((r) => r.salesUnitId)).not.toContain(
      salesUnits.NO.id,
    );
  });
});
