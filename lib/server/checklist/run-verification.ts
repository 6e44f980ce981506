import "server-only";
import { machineMs, machineNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { staffOf, type TServerContext } from "@/lib/server/context/server-context";
import { withAdvisoryLock } from "@/lib/server/with-advisory-lock";
import {
  STEP_DEFINITIONS,
  type TChecklistRunStatus,
  type TStepKey,
  type TVerificationResult,
  type TVerificationStep,
} from "./checklist-types";
import { localEmulatorClock } from "./emulator-clock";
import { endTestAgreements } from "./end-test-agreements";
import {
  activateAgreement,
  cancelTestCharge,
  createTestCharge,
  keepTestAgreementActive,
  nextDueDate,
  settleTestCharge,
  stopTestAgreement,
  updateTestAgreement,
  type TStepRun,
} from "./verification-steps";

// A run still waiting after this long is left behind and a new one starts.
export const RESUME_WITHIN_MS = 14 * 86_400_000;

/**
 * The Vipps go-live verification in the test environment, end to end through Abo's own code: an
 * agreement ending ACTIVE, one ending STOPPED, a RECURRING charge ending CHARGED and one ending
 * REFUNDED (plus update and cancel, so all nine checklist endpoints are exercised), with their
 * orderIds stored in a ChecklistRun. Its agreements are test data (Agreement.isTest: left out of
 * every figure and work list) and those still ACTIVE are stopped when the run ends.
 *
 * Vipps processes RECURRING charges only in its batch on the due date (tomorrow at the earliest).
 * Against the local emulator the run moves the emulator's clock there and back and ends PASSED or
 * FAILED at once. Against the real test environment it ends RUNNING with the charge steps WAITING;
 * calling this again for the same sales unit resumes that run (from the checklist page, the
 * onboarding wizard, or a job) and finishes it once the batch has run. `restart` starts afresh.
 * Run as ctx.actor, on a sales unit of ctx.merchantId.
 */
type TVerificationInput = { salesUnitId: string; testPhone?: string; restart?: boolean };

/**
 * One verification at a time per sales unit: two would create each other's test agreements and
 * move the emulator's clock under each other. The lock goes with the connection if Abo dies.
 */
export const runChecklistVerification = async (
  ctx: TServerContext,
  input: TVerificationInput,
): Promise<TVerificationResult> => {
  const result = await withAdvisoryLock(`abo:checklist:${input.salesUnitId}`, () => verify(ctx, input));
  if (!result.ran) {
    throw new AppError("CONFLICT", "verificationRunning");
  }
  return result.value;
};

const verify = async (ctx: TServerContext, input: TVerificationInput): Promise<TVerificationResult> => {
  const unit = await db.salesUnit.findUnique({
    where: { id: input.salesUnitId, merchantId: ctx.merchantId },
    select: { id: true, environment: true, baseUrl: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "salesUnitWasNotFound");
  if (unit.environment !== "TEST") {
    throw new AppError("CONFLICT", "verificationTestOnly");
  }
  const open = input.restart
    ? null
    : await db.checklistRun.findFirst({
        where: {
          salesUnitId: unit.id,
          status: "RUNNING",
          startedAt: { gt: new Date(machineMs() - RESUME_WITHIN_MS) },
        },
        orderBy: { startedAt: "desc" },
      });
  const run =
    open ??
    (await db.checklistRun.create({
      data: {
        salesUnitId: unit.id,
        steps: STEP_DEFINITIONS.map((s) => ({ ...s, status: "PENDING" })),
        startedById: staffOf(ctx)?.id ?? null,
      },
    }));
  const steps = run.steps as TVerificationStep[];
  const save = async () =>
    void (await db.checklistRun.update({ where: { id: run.id }, data: { steps: steps as object[] } }));
  const clock = await localEmulatorClock(unit.baseUrl);
  const stepRun: TStepRun = {
    salesUnitId: unit.id,
    phone: input.testPhone ?? env().VIPPS_TEST_PHONE,
    clock,
    save,
  };

  let error: string | null = null;
  try {
    await advance(ctx, steps, stepRun);
  } catch (unexpected) {
    logger.error({ err: unexpected, runId: run.id }, "checklist verification stopped unexpectedly");
    error = unexpected instanceof Error ? unexpected.message : String(unexpected);
  } finally {
    await clock?.restore().catch((e) => logger.warn({ err: e }, "could not move the emulator's clock back"));
  }
  const status: TChecklistRunStatus =
    steps.some((s) => s.status === "FAILED") || error
      ? "FAILED"
      : steps.every((s) => s.status === "DONE")
        ? "PASSED"
        : "RUNNING";
  // A waiting run still charges on its ACTIVE agreement; an ended one leaves nothing live behind.
  if (status !== "RUNNING") {
    const stopped = await endTestAgreements(ctx, unit.id);
    const active = steps.find((s) => s.key === "agreement-active");
    if (active?.agreementId && stopped.includes(active.agreementId))
      active.detail = `${active.detail ?? ""} Stopped when the run ended (test data, never billed).`.trim();
  }
  await db.$transaction(async (tx) => {
    await tx.checklistRun.update({
      where: { id: run.id },
      data: {
        steps: steps as object[],
        status,
        error,
        finishedAt: status === "RUNNING" ? null : machineNow(),
      },
    });
    await recordAudit(
      ctx,
      {
        action: open ? "checklist.verification.resume" : "checklist.verification",
        target: { type: "sales-unit", id: unit.id },
        reason: "Vipps MobilePay go-live verification",
        after: {
          runId: run.id,
          status,
          steps: steps.map((s) => ({
            key: s.key,
            status: s.status,
            endState: s.endState,
            orderId: s.orderId,
            vippsAgreementId: s.vippsAgreementId,
          })),
        },
      },
      tx,
    );
  });
  return { runId: run.id, status, steps };
};

async function advance(ctx: TServerContext, steps: TVerificationStep[], run: TStepRun): Promise<void> {
  const step = (key: TStepKey) => steps.find((s) => s.key === key)!;
  const attempt = async (s: TVerificationStep, work: () => Promise<unknown>) => {
    if (s.status === "DONE" || s.status === "FAILED") return;
    try {
      await work();
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      Object.assign(s, {
        status: "FAILED",
        detail: e.message,
        problem: e.details.problem,
        finishedAt: machineNow().toISOString(),
      });
    }
    await run.save();
  };
  const active = step("agreement-active");
  const stopped = step("agreement-stopped");

  await attempt(active, () => keepTestAgreementActive(ctx, active, run));
  await attempt(
    stopped,
    async () => (await activateAgreement(ctx, stopped, run)) && (await stopTestAgreement(ctx, stopped)),
  );
  const charges = [step("charge-cancelled"), step("charge-charged"), step("charge-refunded")];
  if (active.status !== "DONE") {
    for (const s of [step("agreement-updated"), ...charges]) {
      if (active.status === "FAILED")
        Object.assign(s, { status: "FAILED", detail: "Needs the ACTIVE agreement, which failed." });
    }
    return;
  }
  await attempt(step("agreement-updated"), () => updateTestAgreement(ctx, step("agreement-updated"), active));
  const due = await nextDueDate(ctx, run.clock);
  for (const s of charges)
    await attempt(s, async () => s.stage || (await createTestCharge(ctx, s, active, due, run)));
  await attempt(step("charge-cancelled"), () => cancelTestCharge(ctx, step("charge-cancelled")));

  const batched = charges.slice(1).filter((s) => s.status !== "DONE" && s.status !== "FAILED" && s.due);
  if (run.clock && batched.length) {
    const latest = batched
      .map((s) => s.due!)
      .sort()
      .at(-1)!;
    // The emulator runs each day's batch at 07:00 UTC; a minute later it has reserved the charges.
    await run.clock.moveTo(new Date(`${latest}T07:01:00Z`));
  }
  for (const s of batched) await attempt(s, () => settleTestCharge(ctx, s, run));
}
