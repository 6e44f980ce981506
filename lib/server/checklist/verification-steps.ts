import "server-only";
import { db } from "@/lib/db";
import { machineNow, now } from "@/lib/clock";
import { capturable, refundable } from "@/lib/domain/charge-status";
import { earliestDue } from "@/lib/domain/billing-calendar";
import type { TActor } from "@/lib/server/actor";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import { updateAgreement } from "@/lib/server/agreements/update-agreement";
import { cancelCharge } from "@/lib/server/charges/cancel-charge";
import { captureCharge } from "@/lib/server/charges/capture-charge";
import { createAdHocCharge } from "@/lib/server/charges/create-ad-hoc-charge";
import { refreshCharge } from "@/lib/server/charges/refresh-charge";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import type { TVerificationStep } from "./checklist-types";
import { TEST_AMOUNT, draftTestAgreement, forceAccept, settleAgreement } from "./draft-test-agreement";
import type { TEmulatorClock } from "./emulator-clock";
import { buildContext } from "@/lib/server/context/build-context";

export type TStepContext = {
  salesUnitId: string;
  actor: TActor;
  phone: string;
  clock: TEmulatorClock | null;
  save: () => Promise<void>;
};

const REASON = "Vipps MobilePay go-live verification (test environment)";

export const done = (step: TVerificationStep, endState: string, detail?: string) =>
  Object.assign(step, {
    status: step.expected === endState ? "DONE" : "FAILED",
    endState,
    detail,
    finishedAt: machineNow().toISOString(),
  });

/** Drafts and force-accepts a test agreement; ends with the agreement ACTIVE, or waiting, or failed. */
export const activateAgreement = async (step: TVerificationStep, ctx: TStepContext): Promise<boolean> => {
  if (!step.agreementId) {
    Object.assign(
      step,
      await draftTestAgreement({ salesUnitId: ctx.salesUnitId, label: step.key, phone: ctx.phone }),
      { stage: "drafted" },
    );
    await ctx.save();
  }
  if (step.stage === "drafted") {
    await forceAccept({
      salesUnitId: ctx.salesUnitId,
      agreementId: step.agreementId!,
      vippsAgreementId: step.vippsAgreementId!,
      phone: ctx.phone,
    });
    step.stage = "accepted";
    await ctx.save();
  }
  const status = await settleAgreement(step.agreementId!);
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

export const stopTestAgreement = async (step: TVerificationStep, ctx: TStepContext) => {
  await stopAgreement(await buildContext({ actor: ctx.actor }), {
    agreementId: step.agreementId!,
    reason: REASON,
  });
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { id: step.agreementId! },
    select: { status: true },
  });
  done(step, agreement.status, "Stopped by the merchant (PATCH with status STOPPED alone).");
};

export const updateTestAgreement = async (
  step: TVerificationStep,
  active: TVerificationStep,
  ctx: TStepContext,
) => {
  Object.assign(step, { agreementId: active.agreementId, vippsAgreementId: active.vippsAgreementId });
  const stamp = machineNow().toISOString().slice(0, 16).replace("T", " ");
  await updateAgreement(await buildContext({ actor: ctx.actor }), {
    agreementId: active.agreementId!,
    changes: { productDescription: `Vipps MobilePay go-live verification, updated ${stamp} UTC` },
    reason: REASON,
  });
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { id: active.agreementId! },
    select: { status: true },
  });
  done(step, agreement.status, "productDescription changed with PATCH.");
};

/** The earliest due date both Abo and Vipps (or the emulator) accept: the calendar's, on the later clock. */
export const nextDueDate = async (clock: TEmulatorClock | null): Promise<string> => {
  const ours = await now();
  const theirs = clock ? await clock.now() : ours;
  return earliestDue(theirs > ours ? theirs : ours)
    .toISOString()
    .slice(0, 10);
};

export const createTestCharge = async (
  step: TVerificationStep,
  active: TVerificationStep,
  due: string,
  ctx: TStepContext,
) => {
  const charge = await createAdHocCharge({
    agreementId: active.agreementId!,
    type: "RECURRING",
    amount: TEST_AMOUNT,
    description: `Go-live check: ${step.expected.toLowerCase()}`,
    due,
    retryDays: 2,
    reason: REASON,
    actor: ctx.actor,
  });
  Object.assign(step, {
    agreementId: active.agreementId,
    vippsAgreementId: active.vippsAgreementId,
    chargeId: charge.id,
    orderId: charge.orderId,
    due,
    stage: "created",
  });
  await ctx.save();
};

export const cancelTestCharge = async (step: TVerificationStep, ctx: TStepContext) => {
  if (step.stage === "created") {
    await cancelCharge({ chargeId: step.chargeId!, reason: REASON, actor: ctx.actor });
    step.stage = "cancelled";
  }
  const charge = await db.charge.findUniqueOrThrow({
    where: { id: step.chargeId! },
    select: { status: true },
  });
  done(step, charge.status, "Cancelled with DELETE before the due date.");
};

/**
 * Takes a charge from DUE to its end state once Vipps's batch has reserved it: capture all, and for
 * the REFUNDED step refund all. Before the batch it leaves the step WAITING (nothing to do yet).
 */
export const settleTestCharge = async (step: TVerificationStep, ctx: TStepContext) => {
  await refreshCharge(step.chargeId!, "refresh");
  let charge = await db.charge.findUniqueOrThrow({ where: { id: step.chargeId! } });
  if (charge.status === "RESERVED" || charge.status === "PARTIALLY_CAPTURED") {
    await captureCharge({
      chargeId: charge.id,
      amount: capturable(charge),
      reason: REASON,
      actor: ctx.actor,
    });
    step.stage = "captured";
    await ctx.save();
    charge = await db.charge.findUniqueOrThrow({ where: { id: charge.id } });
  }
  if (
    step.expected === "REFUNDED" &&
    (charge.status === "CHARGED" || charge.status === "PARTIALLY_REFUNDED")
  ) {
    await refundCharge({
      chargeId: charge.id,
      amount: refundable(charge),
      description: "Refund: go-live check",
      reason: REASON,
      actor: ctx.actor,
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
