import { RATE_LIMITS } from "../http/rate-limit";
import { draft, forceAccept, getAgreement, listAgreements, updateAgreement } from "./agreement-handlers";
import {
  bulkCreate,
  cancel,
  captureOp,
  create,
  getCharge,
  getChargeById,
  listCharges,
  refundOp,
} from "./charge-handlers";
import type { Operation } from "./operation";
import { deleteWebhook, listWebhooks, register } from "./webhook-handlers";

const AGR = "(?<agreementId>[^/]+)";
const CHR = "(?<chargeId>[^/]+)";
const route = (path: string) => new RegExp(`^${path}/?$`);

const perAgreementCharge = (op: keyof typeof RATE_LIMITS) => (c: { params: Record<string, string> }) => ({
  key: `${op}:${c.params.agreementId}:${c.params.chargeId}`,
  limit: RATE_LIMITS[op],
});

/** The Vipps surface: Recurring v3 and Webhooks v1 (the token and userinfo endpoints are separate). */
export const OPERATIONS: readonly Operation[] = [
  {
    name: "ListAgreements",
    method: "GET",
    pattern: route("/recurring/v3/agreements"),
    api: "recurring",
    idempotent: false,
    body: "none",
    rateLimit: (c) => ({ key: `ListAgreements:${c.merchant.msn}`, limit: RATE_LIMITS.ListAgreements }),
    handle: listAgreements,
  },
  {
    name: "DraftAgreement",
    method: "POST",
    pattern: route("/recurring/v3/agreements"),
    api: "recurring",
    idempotent: true,
    body: "object",
    rateLimit: (c) => ({ key: `DraftAgreement:${c.merchant.msn}`, limit: RATE_LIMITS.DraftAgreement }),
    handle: draft,
  },
  {
    name: "CreateChargesAsync",
    method: "POST",
    pattern: route("/recurring/v3/agreements/charges"),
    api: "recurring",
    idempotent: true,
    body: "array",
    handle: bulkCreate,
  },
  {
    name: "FetchAgreement",
    method: "GET",
    pattern: route(`/recurring/v3/agreements/${AGR}`),
    api: "recurring",
    idempotent: false,
    body: "none",
    rateLimit: (c) => ({ key: `FetchAgreement:${c.params.agreementId}`, limit: RATE_LIMITS.FetchAgreement }),
    handle: getAgreement,
  },
  {
    name: "UpdateAgreement",
    method: "PATCH",
    pattern: route(`/recurring/v3/agreements/${AGR}`),
    api: "recurring",
    idempotent: true,
    body: "object",
    rateLimit: (c) => ({
      key: `UpdateAgreement:${c.params.agreementId}`,
      limit: RATE_LIMITS.UpdateAgreement,
    }),
    handle: updateAgreement,
  },
  {
    name: "ForceAcceptAgreement",
    method: "PATCH",
    pattern: route(`/recurring/v3/agreements/${AGR}/accept`),
    api: "recurring",
    idempotent: true,
    body: "object",
    handle: forceAccept,
  },
  {
    name: "ListCharges",
    method: "GET",
    pattern: route(`/recurring/v3/agreements/${AGR}/charges`),
    api: "recurring",
    idempotent: false,
    body: "none",
    rateLimit: (c) => ({ key: `ListCharges:${c.params.agreementId}`, limit: RATE_LIMITS.ListCharges }),
    handle: listCharges,
  },
  {
    name: "CreateCharge",
    method: "POST",
    pattern: route(`/recurring/v3/agreements/${AGR}/charges`),
    api: "recurring",
    idempotent: true,
    body: "object",
    // "agreementId + chargeId (derived from idempotency key)" in the 2023 table.
    rateLimit: (c) => ({
      key: `CreateCharge:${c.params.agreementId}:${c.idempotencyKey}`,
      limit: RATE_LIMITS.CreateCharge,
    }),
    handle: create,
  },
  {
    name: "FetchCharge",
    method: "GET",
    pattern: route(`/recurring/v3/agreements/${AGR}/charges/${CHR}`),
    api: "recurring",
    idempotent: false,
    body: "none",
    rateLimit: perAgreementCharge("FetchCharge"),
    handle: getCharge,
  },
  {
    name: "CancelCharge",
    method: "DELETE",
    pattern: route(`/recurring/v3/agreements/${AGR}/charges/${CHR}`),
    api: "recurring",
    idempotent: true,
    body: "none",
    rateLimit: perAgreementCharge("CancelCharge"),
    handle: cancel,
  },
  {
    name: "CaptureCharge",
    method: "POST",
    pattern: route(`/recurring/v3/agreements/${AGR}/charges/${CHR}/capture`),
    api: "recurring",
    idempotent: true,
    body: "object",
    rateLimit: perAgreementCharge("CaptureCharge"),
    handle: captureOp,
  },
  {
    name: "RefundCharge",
    method: "POST",
    pattern: route(`/recurring/v3/agreements/${AGR}/charges/${CHR}/refund`),
    api: "recurring",
    idempotent: true,
    body: "object",
    rateLimit: perAgreementCharge("RefundCharge"),
    handle: refundOp,
  },
  {
    name: "FetchChargeById",
    method: "GET",
    pattern: route(`/recurring/v3/charges/${CHR}`),
    api: "recurring",
    idempotent: false,
    body: "none",
    // The table names chargeId as the key but explains it as per merchant; we count per merchant.
    rateLimit: (c) => ({ key: `FetchChargeById:${c.merchant.msn}`, limit: RATE_LIMITS.FetchChargeById }),
    handle: getChargeById,
  },
  {
    name: "ListWebhooks",
    method: "GET",
    pattern: route("/webhooks/v1/webhooks"),
    api: "webhooks",
    idempotent: false,
    body: "none",
    handle: listWebhooks,
  },
  {
    name: "RegisterWebhook",
    method: "POST",
    pattern: route("/webhooks/v1/webhooks"),
    api: "webhooks",
    idempotent: false,
    body: "object",
    handle: register,
  },
  {
    name: "DeleteWebhook",
    method: "DELETE",
    pattern: route("/webhooks/v1/webhooks/(?<id>[^/]+)"),
    api: "webhooks",
    idempotent: false,
    body: "none",
    handle: deleteWebhook,
  },
];

export type Match = { op: Operation; params: Record<string, string> } | { op: null; knownPath: boolean };

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** First match wins, so the static `/agreements/charges` (bulk) is listed before `/agreements/{id}`. */
export function matchOperation(method: string, path: string): Match {
  let knownPath = false;
  for (const op of OPERATIONS) {
    const m = op.pattern.exec(path);
    if (!m) continue;
    knownPath = true;
    if (op.method === method) {
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = safeDecode(v);
      return { op, params };
    }
  }
  return { op: null, knownPath };
}
