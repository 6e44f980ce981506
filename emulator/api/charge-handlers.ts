import type { Charge, ChargeStatus } from "../domain/types";
import { validateCapture, validateCreateCharge, validateRefund } from "../domain/validation/charges";
import { chargeView } from "../domain/views";
import { acceptBulk, BULK_MAX_ITEMS } from "../engine/bulk-ops";
import { cancelCharge, captureCharge, createCharge, refundCharge } from "../engine/charge-ops";
import { empty, json, notFound, type Reply } from "../http/reply";
import { findAgreement } from "./agreement-handlers";
import { CONTINUATION_PROBLEM, continuationOffset, issueContinuation } from "./continuation";
import { validationReply, violationReply, type OpContext } from "./operation";

const CHARGE_STATUSES: readonly ChargeStatus[] = [
  "PENDING",
  "DUE",
  "PROCESSING",
  "RESERVED",
  "CHARGED",
  "PARTIALLY_CAPTURED",
  "FAILED",
  "CANCELLED",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
];

const agreementNotFound = (ctx: OpContext) => notFound(ctx.problem, "Agreement not found.");
const chargeNotFound = (ctx: OpContext) => notFound(ctx.problem, "Charge not found.");

function findCharge(ctx: OpContext): { charge?: Charge; reply?: Reply } {
  const agreement = findAgreement(ctx);
  if (!agreement) return { reply: agreementNotFound(ctx) };
  const charge = ctx.app.engine.store.getCharge(ctx.merchant.msn, ctx.params.chargeId ?? "");
  if (!charge || charge.agreementId !== agreement.id) return { reply: chargeNotFound(ctx) };
  return { charge };
}

const view = (ctx: OpContext, charge: Charge) => chargeView(charge, ctx.app.engine.agreementOf(charge));

export function listCharges(ctx: OpContext): Reply {
  const agreement = findAgreement(ctx);
  if (!agreement) return agreementNotFound(ctx);
  const status = ctx.query.get("status");
  if (status !== null && !(CHARGE_STATUSES as readonly string[]).includes(status))
    return validationReply(ctx, [{ name: "status", reason: `must be one of ${CHARGE_STATUSES.join(", ")}` }]);
  const query = `${agreement.id}|${status ?? ""}`;
  const offset = continuationOffset(ctx.headers["continuation-token"], query);
  if (offset === null) return validationReply(ctx, [CONTINUATION_PROBLEM]);
  const charges = ctx.app.engine.store
    .chargesOf(agreement.id)
    .filter((c) => status === null || c.status === status);
  const size = ctx.app.engine.options.chargePageSize;
  const page = charges.slice(offset, offset + size).map((c) => chargeView(c, agreement));
  const more = offset + size < charges.length;
  return json(200, page, more ? { "Continuation-Token": issueContinuation(query, offset + size) } : {});
}

export function create(ctx: OpContext): Reply {
  const agreement = findAgreement(ctx);
  if (!agreement) return agreementNotFound(ctx);
  const result = validateCreateCharge(ctx.body);
  if (!result.ok) return validationReply(ctx, result.errors, result.problem);
  const charge = createCharge(ctx.app.engine, ctx.merchant, agreement, result.value, ctx.idempotencyKey);
  if ("problem" in charge) return violationReply(ctx, charge);
  return json(201, { chargeId: charge.id });
}

export function getCharge(ctx: OpContext): Reply {
  const { charge, reply } = findCharge(ctx);
  return charge ? json(200, view(ctx, charge)) : reply!;
}

export function getChargeById(ctx: OpContext): Reply {
  const charge = ctx.app.engine.store.getCharge(ctx.merchant.msn, ctx.params.chargeId ?? "");
  return charge ? json(200, view(ctx, charge)) : chargeNotFound(ctx);
}

export function cancel(ctx: OpContext): Reply {
  const { charge, reply } = findCharge(ctx);
  if (!charge) return reply!;
  const v = cancelCharge(ctx.app.engine, charge, ctx.idempotencyKey);
  return v ? violationReply(ctx, v) : empty(204);
}

export function captureOp(ctx: OpContext): Reply {
  const { charge, reply } = findCharge(ctx);
  if (!charge) return reply!;
  const result = validateCapture(ctx.body);
  if (!result.ok) return validationReply(ctx, result.errors);
  const v = captureCharge(ctx.app.engine, charge, result.value.amount, ctx.idempotencyKey);
  return v ? violationReply(ctx, v) : empty(204);
}

export function refundOp(ctx: OpContext): Reply {
  const { charge, reply } = findCharge(ctx);
  if (!charge) return reply!;
  const result = validateRefund(ctx.body);
  if (!result.ok) return validationReply(ctx, result.errors);
  const v = refundCharge(ctx.app.engine, charge, result.value.amount, ctx.idempotencyKey);
  return v ? violationReply(ctx, v) : empty(204);
}

export function bulkCreate(ctx: OpContext): Reply {
  if (!Array.isArray(ctx.body))
    return validationReply(ctx, [{ name: "body", reason: "must be a JSON array of charges" }]);
  if (ctx.body.length === 0 || ctx.body.length > BULK_MAX_ITEMS)
    return validationReply(ctx, [
      { name: "body", reason: `must contain between 1 and ${BULK_MAX_ITEMS} charges` },
    ]);
  return json(202, acceptBulk(ctx.app.engine, ctx.merchant, ctx.body, ctx.idempotencyKey));
}
