import { newUuid } from "../domain/ids";
import type { BulkItem, BulkJob, Merchant } from "../domain/types";
import { checkChargeFields } from "../domain/validation/charges";
import { isObject, str, type FieldError } from "../domain/validation/fields";
import { chargeEvent } from "../webhooks/events";
import { createCharge, orderIdTaken } from "./charge-ops";
import type { Engine } from "./engine";

export const BULK_MAX_ITEMS = 2000;

export type InvalidCharge = { chargeBatchItemDto: Record<string, unknown>; errors: string[] };

function echo(item: unknown): Record<string, unknown> {
  if (!isObject(item)) return {};
  const keys = [
    "due",
    "retryDays",
    "amount",
    "description",
    "transactionType",
    "orderId",
    "agreementId",
    "externalId",
  ];
  return Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]]));
}

/**
 * POST /agreements/charges: items failing API validation are reported at once; the rest are
 * created shortly after, and failures then become charge-creation-failed webhooks (FACTS §4.8).
 */
export function acceptBulk(
  engine: Engine,
  merchant: Merchant,
  items: unknown[],
  idempotencyKey: string,
): { validCharges: string[]; invalidCharges: InvalidCharge[] } {
  const valid: BulkItem[] = [];
  const invalidCharges: InvalidCharge[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const errs: FieldError[] = [];
    let accepted: BulkItem | undefined;
    if (!isObject(item)) errs.push({ name: "item", reason: "must be a JSON object" });
    else {
      const agreementId = str(errs, item, "agreementId", "", { required: true, min: 1, max: 36 });
      const fields = checkChargeFields(errs, item, "", true);
      if (fields?.orderId && (seen.has(fields.orderId) || orderIdTaken(engine, merchant.msn, fields.orderId)))
        errs.push({ name: "orderId", reason: `orderId ${fields.orderId} has already been used` });
      if (errs.length === 0 && fields && agreementId && fields.orderId && fields.due) {
        accepted = {
          agreementId,
          amount: fields.amount,
          transactionType: fields.transactionType,
          description: fields.description,
          due: fields.due,
          retryDays: fields.retryDays,
          orderId: fields.orderId,
          externalId: fields.externalId,
        };
      }
    }
    if (accepted) {
      seen.add(accepted.orderId);
      valid.push(accepted);
    } else
      invalidCharges.push({
        chargeBatchItemDto: echo(item),
        errors: errs.map((e) => `${e.name}: ${e.reason}`),
      });
  }
  if (valid.length > 0) {
    const job: BulkJob = {
      id: newUuid(),
      msn: merchant.msn,
      idempotencyKey,
      items: valid,
      created: engine.now(),
    };
    engine.store.putBulkJob(job);
    engine.soon({ kind: "bulk", ref: job.id });
  }
  return { validCharges: valid.map((i) => i.orderId), invalidCharges };
}

export function processBulkJob(engine: Engine, job: BulkJob): void {
  const merchant = engine.store.merchants.get(job.msn);
  engine.store.deleteBulkJob(job.id);
  if (!merchant) return;
  const now = engine.now();
  for (const item of job.items) {
    const agreement = engine.store.agreements.get(item.agreementId);
    const result =
      agreement && agreement.msn === merchant.msn
        ? createCharge(
            engine,
            merchant,
            agreement,
            { ...item, type: "RECURRING", processingMode: "MULTIPLE_ATTEMPTS" },
            `${job.idempotencyKey}-${item.orderId}`,
            { skipOrderIdCheck: true },
          )
        : { status: 404, problem: "invalid-agreement-id", detail: `Agreement ${item.agreementId} not found` };
    if ("problem" in result) {
      const failed = {
        msn: merchant.msn,
        agreementId: item.agreementId,
        id: item.orderId,
        externalId: item.externalId ?? null,
        type: "RECURRING" as const,
        amount: item.amount,
        currency: merchant.currency,
        captured: 0,
        cancelled: 0,
        refunded: 0,
      };
      engine.emit(
        chargeEvent("recurring.charge-creation-failed.v1", failed, agreement, now, {
          failureCode: result.problem,
          failureReason: result.detail,
        }),
      );
    }
  }
}
