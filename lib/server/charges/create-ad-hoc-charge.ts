import "server-only";
import { db } from "@/lib/db";
import { adHocOrderId, randomKey } from "@/lib/crypto/random-ids";
import { earliestDue } from "@/lib/domain/billing-calendar";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { AppError } from "@/lib/errors";
import { chargeSnapshot } from "@/lib/domain/charge-snapshot";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { sendPlannedCharge } from "./send-planned-charge";

export type TAdHocCharge = {
  agreementId: string;
  type: "RECURRING" | "UNSCHEDULED";
  amount: number;
  description: string;
  /** YYYY-MM-DD, RECURRING only: from the calendar's earliest due date, at most two years ahead. */
  due?: string;
  retryDays?: number;
  reason?: string;
};

/**
 * A charge made by hand (support, as ctx.actor) on an agreement of ctx.merchantId, outside the
 * billing schedule. Stored first, then sent.
 */
export const createAdHocCharge = async (ctx: TServerContext, input: TAdHocCharge) => {
  const agreement = await db.agreement.findUnique({
    where: { id: input.agreementId, merchantId: ctx.merchantId },
    include: { salesUnit: { select: { allowUnscheduled: true } } },
  });
  if (!agreement) throw new AppError("NOT_FOUND", "agreementNotFound");
  if (agreement.status !== "ACTIVE") throw new AppError("CONFLICT", "chargesOnlyOnActive");
  const fieldErrors: Record<string, string> = {};
  const description = input.description.trim();
  if (!Number.isSafeInteger(input.amount) || input.amount < 100) fieldErrors.amount = "At least 1.00";
  if (description.length < 1 || description.length > 45) fieldErrors.description = "1 to 45 characters";
  let due: Date | null = null;
  if (input.type === "UNSCHEDULED") {
    if (!agreement.salesUnit.allowUnscheduled)
      fieldErrors.type = "This sales unit is not allowed unscheduled charges";
  } else {
    const at = ctx.now;
    const today = toDateOnly(at);
    const earliest = earliestDue(at);
    due = input.due && /^\d{4}-\d{2}-\d{2}$/.test(input.due) ? new Date(`${input.due}T00:00:00Z`) : null;
    if (!due || Number.isNaN(due.getTime())) fieldErrors.due = "A date (YYYY-MM-DD)";
    else if (due < earliest)
      fieldErrors.due = `${earliest.toISOString().slice(0, 10)} at the earliest (Vipps needs a day's notice)`;
    else if (due > addDays(today, 730)) fieldErrors.due = "At most two years ahead";
    if (
      input.retryDays === undefined ||
      !Number.isInteger(input.retryDays) ||
      input.retryDays < 0 ||
      input.retryDays > 14
    ) {
      fieldErrors.retryDays = "0 to 14 days";
    } else if (agreement.processingMode === "SINGLE_ATTEMPT" && input.retryDays !== 0) {
      fieldErrors.retryDays = "0: this agreement's product takes a single payment attempt";
    }
  }
  if (Object.keys(fieldErrors).length)
    throw new AppError("BAD_INPUT", "fieldsNeedALook", {}, { fieldErrors });

  const charge = await db.charge.create({
    data: {
      agreementId: agreement.id,
      customerId: agreement.customerId,
      orderId: adHocOrderId(),
      idempotencyKey: randomKey("adhoc"),
      type: input.type,
      transactionType: agreement.transactionType,
      amount: input.amount,
      currency: agreement.currency,
      description,
      due,
      retryDays: input.type === "RECURRING" ? input.retryDays : null,
    },
  });
  const outcome = await sendPlannedCharge(ctx, charge);
  const after = await db.charge.findUniqueOrThrow({ where: { id: charge.id } });
  await recordAudit(ctx, {
    action: outcome === "sent" ? "charge.create" : "charge.create.failed",
    target: { type: "charge", id: charge.id },
    customerId: agreement.customerId,
    agreementId: agreement.id,
    chargeId: charge.id,
    orderId: charge.orderId,
    idempotencyKey: charge.idempotencyKey,
    reason: input.reason,
    after: { ...chargeSnapshot(after), type: input.type, due: input.due, problem: after.creationProblem },
  });
  if (outcome === "rejected") {
    const problem = after.creationProblem as { detail?: string; title?: string } | null;
    throw new AppError(
      "VIPPS_REJECTED",
      "vippsSaidNo",
      { detail: problem?.detail ?? problem?.title ?? { key: "vippsRefusedShort" } },
      {
        problem: after.creationProblem as never,
      },
    );
  }
  return after;
};
