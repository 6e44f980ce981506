import "server-only";
import { db } from "@/lib/db";
import { machineNow } from "@/lib/clock";
import { capturable, refundable } from "@/lib/domain/charge-status";
import { earliestDue } from "@/lib/domain/billing-calendar";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import { updateAgreement } from "@/lib/server/agreements/update-agreement";
import { cancelCharge } from "@/lib/server/charges/cancel-charge";
import { captureCharge } from "@/lib/server/charges/capture-charge";
import { createAdHocCharge } from "@/lib/server/charges/create-ad-hoc-charge";
import { refreshCharge } from "@/lib/server/charges/refresh-charge";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import type { TServerContext } from "@/lib/server/context/server-context";
import type { TVerificationStep } from "./checklist-types";
import { TEST_AMOUNT, draftTestAgreement, forceAccept, settleAgreement } from "./draft-test-agreement";
import type { TEmulatorClock } from "./emulator-clock";

/** One verification run's sales unit, test phone and emulator clock, and how it saves its steps. */
export type TStepRun = {
  salesUnitId: string;
  phone: string;
  clock: TEmulatorClock | null;
  save: () => Promise<void>;
};

const REASON = "Vipps MobilePay go-live verification (test environment)";

const done = (step: TVerificationStep, endState: string, detail?: string) =>
  Object.assign(step, {
    status: step.expected === endState ? "DONE" : "FAILED",
    endState,
    detail,
    finishedAt: machineNow().toISOString(),
  });

/** Drafts and force-accepts a test agreement; ends with the agreement ACTIVE, or waiting, or failed. */
export const activateAgreement = async (
  ctx: TServerContext,
  step: TVerificationStep,
  run: TStepRun,
): Promise<boolean> => {
  if (!step.agreementId) {
    Object.assign(
      step,
      await draftTestAgreement(ctx, { salesUnitId: run.salesUnitId, label: step.key, phone: run.phone }),
      { stage: "drafted" },
    );
    await run.save();
  }
  if (step.stage === "drafted") {
    await forceAccept(ctx, {
      salesUnitId: run.salesUnitId,
      agreementId: step.agreementId!,
      vippsAgreementId: step.vippsAgreementId!,
      phone: run.phone,
    });
    step.stage = "accepted";
    await run.save();
  }
  const status = await settleAgreement(ctx, step.agreementId!);
  if (status === "PENDING") {
    Object.assign(step, {
      status: "WAITING",
      detail: "Force accepted; Vipps MobilePay has not activated it yet.",
    });
    return false;
  }
  if (status !== "ACTIVE") {
    Object.assign(step, {
      status: "FAILED",
      endState: status,
      detail: `The agreement ended ${status} instead of ACTIVE (an expired test card or an unknown test user?).`,
    });
    return false;
  }
  return true;
};

/** The ACTIVE step: an agreement activated and left ACTIVE (the run stops it when it ends). */
export const keepTestAgreementActive = async (ctx: TServerContext, step: TVerificationStep, run: TStepRun) =>
  (await activateAgreement(ctx, step, run)) && done(step, "ACTIVE", "Force accepted with the test user.");

export const stopTestAgreement = async (ctx: TServerContext, step: TVerificationStep) => {
  await stopAgreement(ctx, { agreementId: step.agreementId!, reason: REASON });
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { id: step.agreementId!, merchantId: ctx.merchantId },
    select: { status: true },
  });
  done(step, agreement.status, "Stopped by the merchant (PATCH with status STOPPED alone).");
};

export const updateTestAgreement = async (
  ctx: TServerContext,
  step: TVerificationStep,
  active: TVerificationStep,
) => {
  Object.assign(step, { agreementId: active.agreementId, vippsAgreementId: active.vippsAgreementId });
  const stamp = machineNow().toISOString().slice(0, 16).replace("T", " ");
  await updateAgreement(ctx, {
    agreementId: active.agreementId!,
    changes: { productDescription: `Vipps MobilePay go-live verification, updated ${stamp} UTC` },
    reason: REASON,
  });
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { id: active.agreementId!, merchantId: ctx.merchantId },
    select: { status: true },
  });
  done(step, agreement.status, "productDescription changed with PATCH.");
};

/** The earliest due date both Abo and Vipps (or the emulator) accept: the calendar's, on the later clock. */
export const nextDueDate = async (ctx: TServerContext, clock: TEmulatorClock | null): Promise<string> => {
  const ours = ctx.now;
  const theirs = clock ? await clock.now() : ours;
  return earliestDue(theirs > ours ? theirs : ours)
    .toISOString()
    .slice(0, 10);
};

export const createTestCharge = async (
  ctx: TServerContext,
  step: TVerificationStep,
  active: TVerificationStep,
  due: string,
  run: TStepRun,
) => {
  const charge = await createAdHocCharge(ctx, {
    agreementId: active.agreementId!,
    type: "RECURRING",
    amount: TEST_AMOUNT,
    description: `Go-live check: ${step.expected.toLowerCase()}`,
    due,
    retryDays: 2,
    reason: REASON,
  });
  Object.assign(step, {
    agreementId: active.agreementId,
    vippsAgreementId: active.vippsAgreementId,
    chargeId: charge.id,
    orderId: charge.orderId,
    due,
    stage: "created",
  });
  await run.save();
};

export const cancelTestCharge = async (ctx: TServerContext, step: TVerificationStep) => {
  if (step.stage === "created") {
    await cancelCharge(ctx, { chargeId: step.chargeId!, reason: REASON });
    step.stage = "cancelled";
  }
  const charge = await db.charge.findUniqueOrThrow({
    where: { id: step.chargeId!, agreement: { merchantId: ctx.merchantId } },
    select: { status: true },
  });
  done(step, charge.status, "Cancelled with DELETE before the due date.");
};

/**
 * Takes a charge from DUE to its end state once Vipps's batch has reserved it: capture all, and for
 * the REFUNDED step refund all. Before the batch it leaves the step WAITING (nothing to do yet).
 */
export const settleTestCharge = async (ctx: TServerContext, step: TVerificationStep, run: TStepRun) => {
  await refreshCharge(ctx, step.chargeId!, "refresh");
  let charge = await db.charge.findUniqueOrThrow({
    where: { id: step.chargeId!, agreement: { merchantId: ctx.merchantId } },
  });
  if (charge.status === "RESERVED" || charge.status === "PARTIALLY_CAPTURED") {
    await captureCharge(ctx, { chargeId: charge.id, amount: capturable(charge), reason: REASON });
    step.stage = "captured";
    await run.save();
    charge = await db.charge.findUniqueOrThrow({ where: { id: charge.id } });
  }
  if (
    step.expected === "REFUNDED" &&
    (charge.status === "CHARGED" || charge.status === "PARTIALLY_REFUNDED")
  ) {
    await refundCharge(ctx, {
      chargeId: charge.id,
      amount: refundable(charge),
      description: "Refund: go-live check",
      reason: REASON,
    });
    charge = await db.charge.findUniqueOrThrow({ where: { id: charge.id } });
  }
  if (["PENDING", "DUE", "PROCESSING"].includes(charge.status)) {
    Object.assign(step, {
      status: "WAITING",
      endState: charge.status,
      detail: `Waiting for Vipps MobilePay's charge batch on ${step.due} (from about 07:00 UTC). Abo finishes the run by itself within the hour after that, or run it again.`,
    });
    return;
  }
  const why = charge.failureReason
    ? ` (${charge.failureReason}${charge.failureDescription ? `: ${charge.failureDescription}` : ""})`
    : "";
  done(
    step,
    charge.status,
    step.expected === charge.status ? undefined : `The charge ended ${charge.status}${why}.`,
  );
};
