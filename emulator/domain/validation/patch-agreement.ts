import { MIN_AMOUNT, MAX_AMOUNT, SUGGESTED_MAX_CAP } from "../money";
import type { Agreement, Period } from "../types";
import { period, url } from "./common";
import { fail, type Validated } from "./draft-agreement";
import { child, int, isObject, oneOf, str, type FieldError } from "./fields";

export type PatchInput = {
  stop: boolean;
  productName?: string;
  productDescription?: string;
  merchantAgreementUrl?: string;
  externalId?: string;
  amount?: number;
  suggestedMaxAmount?: number;
  /** undefined = unchanged, null = FLEXIBLE. */
  interval?: Period | null;
};

export function validatePatchAgreement(body: unknown, agreement: Agreement): Validated<PatchInput> {
  if (!isObject(body)) return fail([{ name: "body", reason: "must be a JSON object" }]);
  const errs: FieldError[] = [];
  const status = oneOf(errs, body, "status", "", ["STOPPED"]);
  const others = Object.keys(body).filter((k) => k !== "status" && body[k] !== undefined && body[k] !== null);
  if (status && others.length > 0)
    errs.push({ name: "status", reason: `STOPPED must be sent alone, without ${others.join(", ")}` });
  if (body.campaign != null)
    errs.push({ name: "campaign", reason: "campaigns cannot be added or changed after creation" });
  const input: PatchInput = { stop: status === "STOPPED" };
  input.productName = str(errs, body, "productName", "", { min: 1, max: 45 });
  input.productDescription = str(errs, body, "productDescription", "", { max: 100 });
  input.merchantAgreementUrl = url(errs, body, "merchantAgreementUrl", "", {
    required: false,
    deeplink: false,
  });
  input.externalId = str(errs, body, "externalId", "", { min: 1, max: 64 });
  const pricing = child(errs, body, "pricing", "");
  if (pricing) {
    const type = agreement.pricing.type;
    if (pricing.type != null && pricing.type !== type)
      errs.push({ name: "pricing.type", reason: `the pricing type (${type}) cannot be changed` });
    if (pricing.amount != null) {
      if (type !== "LEGACY")
        errs.push({ name: "pricing.amount", reason: "can only be updated on LEGACY agreements" });
      else input.amount = int(errs, pricing, "amount", "pricing", { min: MIN_AMOUNT, max: MAX_AMOUNT });
    }
    if (pricing.suggestedMaxAmount != null) {
      if (type !== "VARIABLE")
        errs.push({
          name: "pricing.suggestedMaxAmount",
          reason: "can only be updated on VARIABLE agreements",
        });
      else
        input.suggestedMaxAmount = int(errs, pricing, "suggestedMaxAmount", "pricing", {
          min: MIN_AMOUNT,
          max: SUGGESTED_MAX_CAP[agreement.pricing.currency],
        });
    }
  }
  const interval = child(errs, body, "interval", "");
  if (interval) {
    const type = oneOf(errs, interval, "type", "interval", ["RECURRING", "FLEXIBLE"]) ?? "RECURRING";
    if (type === "FLEXIBLE") {
      if (interval.period != null)
        errs.push({ name: "interval.period", reason: "is not allowed when type is FLEXIBLE" });
      input.interval = null;
    } else {
      input.interval = period(errs, interval, "period", "interval", true);
    }
  }
  return errs.length > 0 ? fail(errs) : { ok: true, value: input };
}
