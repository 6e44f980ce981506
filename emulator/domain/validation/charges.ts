import { MIN_AMOUNT, MAX_AMOUNT } from "../money";
import { parseIsoDate } from "../time";
import type { ChargeType, ProcessingMode, TransactionType } from "../types";
import { MSISDN, MSISDN_REASON, ORDER_ID, ORDER_ID_REASON } from "./common";
import { fail, type Validated } from "./draft-agreement";
import { int, isObject, oneOf, str, type FieldError, type Json } from "./fields";

export type CreateChargeInput = {
  amount: number;
  transactionType: TransactionType;
  description: string;
  type: Exclude<ChargeType, "INITIAL">;
  /** YYYY-MM-DD; absent for UNSCHEDULED. */
  due?: string;
  retryDays: number;
  processingMode: ProcessingMode;
  orderId?: string;
  externalId?: string;
};

const TRANSACTION_TYPES: readonly TransactionType[] = ["DIRECT_CAPTURE", "RESERVE_CAPTURE"];

/**
 * retryDays when omitted: not clearly documented; a third-party report says 14, which we follow
 * (FACTS §7.2).
 */
export const DEFAULT_RETRY_DAYS = 14;

export function checkChargeFields(
  errs: FieldError[],
  body: Json,
  prefix: string,
  bulk: boolean,
): CreateChargeInput | undefined {
  const amount = int(errs, body, "amount", prefix, { required: true, min: MIN_AMOUNT, max: MAX_AMOUNT });
  const transactionType = oneOf(errs, body, "transactionType", prefix, TRANSACTION_TYPES, { required: true });
  const description = str(errs, body, "description", prefix, { required: true, min: 1, max: 45 });
  const type = bulk
    ? "RECURRING"
    : (oneOf(errs, body, "type", prefix, ["RECURRING", "UNSCHEDULED"] as const) ?? "RECURRING");
  let due: string | undefined;
  let retryDays = 0;
  let retryDaysOk = true;
  if (type === "RECURRING") {
    due = str(errs, body, "due", prefix, { required: true });
    if (due !== undefined && parseIsoDate(due) === null) {
      errs.push({
        name: prefix ? `${prefix}.due` : "due",
        reason: "must be a date on the format YYYY-MM-DD",
      });
      due = undefined;
    }
    const before = errs.length;
    retryDays =
      int(errs, body, "retryDays", prefix, { required: bulk, min: 0, max: 14 }) ?? DEFAULT_RETRY_DAYS;
    retryDaysOk = errs.length === before;
  } else {
    if (body.due != null) errs.push({ name: "due", reason: "is not allowed for UNSCHEDULED charges" });
    if (body.retryDays != null)
      errs.push({ name: "retryDays", reason: "is not allowed for UNSCHEDULED charges" });
  }
  const processingMode =
    oneOf(errs, body, "processingMode", prefix, ["MULTIPLE_ATTEMPTS", "SINGLE_ATTEMPT"] as const) ??
    "MULTIPLE_ATTEMPTS";
  // Compared after parsing, so "retryDays": "0" (a numeric string, as the binding allows) counts as 0.
  if (processingMode === "SINGLE_ATTEMPT" && type === "RECURRING" && retryDaysOk && retryDays !== 0)
    errs.push({ name: "processingMode", reason: "SINGLE_ATTEMPT requires retryDays: 0" });
  const orderId = str(errs, body, "orderId", prefix, {
    required: bulk,
    pattern: ORDER_ID,
    patternReason: ORDER_ID_REASON,
  });
  const externalId = str(errs, body, "externalId", prefix, { min: 1, max: 64 });
  if (amount === undefined || !transactionType || description === undefined) return undefined;
  if (type === "RECURRING" && due === undefined) return undefined;
  return { amount, transactionType, description, type, due, retryDays, processingMode, orderId, externalId };
}

export function validateCreateCharge(body: unknown): Validated<CreateChargeInput> {
  if (!isObject(body)) return fail([{ name: "body", reason: "must be a JSON object" }]);
  const errs: FieldError[] = [];
  const input = checkChargeFields(errs, body, "", false);
  return errs.length > 0 || !input ? fail(errs) : { ok: true, value: input };
}

export function validateCapture(body: unknown): Validated<{ amount: number }> {
  if (!isObject(body)) return fail([{ name: "body", reason: "must be a JSON object" }]);
  const errs: FieldError[] = [];
  // description is deprecated and ignored [SDK24]; other fields are ignored like the real API does.
  const amount = int(errs, body, "amount", "", { required: true, min: MIN_AMOUNT, max: MAX_AMOUNT });
  return errs.length > 0 || amount === undefined ? fail(errs) : { ok: true, value: { amount } };
}

export function validateRefund(body: unknown): Validated<{ amount: number; description: string }> {
  if (!isObject(body)) return fail([{ name: "body", reason: "must be a JSON object" }]);
  const errs: FieldError[] = [];
  const amount = int(errs, body, "amount", "", { required: true, min: MIN_AMOUNT, max: MAX_AMOUNT });
  const description = str(errs, body, "description", "", { required: true, min: 1, max: 100 });
  return errs.length > 0 || amount === undefined || description === undefined
    ? fail(errs)
    : { ok: true, value: { amount, description } };
}

export function validateForceAccept(body: unknown): Validated<{ phoneNumber: string }> {
  if (!isObject(body)) return fail([{ name: "body", reason: "must be a JSON object" }]);
  const errs: FieldError[] = [];
  const phoneNumber = str(errs, body, "phoneNumber", "", {
    required: true,
    pattern: MSISDN,
    patternReason: MSISDN_REASON,
  });
  return errs.length > 0 || !phoneNumber ? fail(errs) : { ok: true, value: { phoneNumber } };
}
