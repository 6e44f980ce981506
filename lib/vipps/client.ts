// The one Vipps MobilePay client: every Recurring v3 endpoint, the Webhooks API and Userinfo.
// Calls that change anything take the Idempotency-Key from the caller, who must have stored it
// before calling (see lib/server/vipps), so a retry after a crash sends the same key again.
// Why not @vippsmobilepay/sdk: it cannot take a base URL (so no emulator) and makes a new
// Idempotency-Key on every call, which turns a retry into a second charge.
import { VippsHttp, type TVippsConfig, type TVippsHooks } from "./http";
import {
  ZAgreement,
  ZBulkChargesResponse,
  ZCharge,
  ZCreateChargeResponse,
  ZDraftAgreementResponse,
  ZListWebhooksResponse,
  ZRegisterWebhookResponse,
  ZUserinfo,
  type TBulkChargeItem,
  type TCreateCharge,
  type TDraftAgreement,
  type TUpdateAgreement,
} from "./schemas";
import { z } from "zod";

type TKey = { idempotencyKey: string };
const enc = encodeURIComponent;
const RECURRING = "/recurring/v3";

export function createVippsClient(config: TVippsConfig, hooks: TVippsHooks) {
  const http = new VippsHttp(config, hooks);

  return {
    config,
    systemHeaders: () => http.systemHeaders(),
    getAccessToken: () => http.accessToken(),

    listAgreements: (
      query: { status?: string; createdAfter?: number; pageNumber?: number; pageSize?: number } = {},
    ) =>
      http.request({
        operation: "ListAgreements",
        method: "GET",
        path: `${RECURRING}/agreements`,
        query,
        schema: z.array(ZAgreement),
      }),

    draftAgreement: (body: TDraftAgreement, { idempotencyKey }: TKey) =>
      http.request({
        operation: "DraftAgreement",
        method: "POST",
        path: `${RECURRING}/agreements`,
        body,
        idempotencyKey,
        orderId: body.initialCharge?.orderId,
        schema: ZDraftAgreementResponse,
      }),

    getAgreement: (agreementId: string) =>
      http.request({
        operation: "GetAgreement",
        method: "GET",
        path: `${RECURRING}/agreements/${enc(agreementId)}`,
        agreementId,
        schema: ZAgreement,
      }),

    updateAgreement: (agreementId: string, body: TUpdateAgreement, { idempotencyKey }: TKey) =>
      http.request({
        operation: "UpdateAgreement",
        method: "PATCH",
        path: `${RECURRING}/agreements/${enc(agreementId)}`,
        body,
        idempotencyKey,
        agreementId,
      }),

    /** Vipps requires `status` to be the only field of a stop request. */
    stopAgreement: (agreementId: string, { idempotencyKey }: TKey) =>
      http.request({
        operation: "StopAgreement",
        method: "PATCH",
        path: `${RECURRING}/agreements/${enc(agreementId)}`,
        body: { status: "STOPPED" },
        idempotencyKey,
        agreementId,
      }),

    /** Test environment only: stands in for the user's approval in the app. */
    forceAcceptAgreement: (agreementId: string, phoneNumber: string, { idempotencyKey }: TKey) =>
      http.request({
        operation: "ForceAcceptAgreement",
        method: "PATCH",
        path: `${RECURRING}/agreements/${enc(agreementId)}/accept`,
        body: { phoneNumber },
        idempotencyKey,
        agreementId,
      }),

    /** Every page of the agreement's charges (Vipps pages long lists with a Continuation-Token). */
    listCharges: (agreementId: string, query: { status?: string } = {}) =>
      http.requestAllPages({
        operation: "ListCharges",
        method: "GET",
        path: `${RECURRING}/agreements/${enc(agreementId)}/charges`,
        query,
        agreementId,
        schema: z.array(ZCharge),
      }),

    createCharge: (agreementId: string, body: TCreateCharge, { idempotencyKey }: TKey) =>
      http.request({
        operation: "CreateCharge",
        method: "POST",
        path: `${RECURRING}/agreements/${enc(agreementId)}/charges`,
        body,
        idempotencyKey,
        agreementId,
        orderId: body.orderId,
        schema: ZCreateChargeResponse,
      }),

    /** Up to 2,000 charges; valid ones are created asynchronously (failures arrive as webhooks). */
    createChargesAsync: (items: TBulkChargeItem[], { idempotencyKey }: TKey) =>
      http.request({
        operation: "CreateChargesAsync",
        method: "POST",
        path: `${RECURRING}/agreements/charges`,
        body: items,
        idempotencyKey,
        schema: ZBulkChargesResponse,
      }),

    getCharge: (agreementId: string, chargeId: string) =>
      http.request({
        operation: "GetCharge",
        method: "GET",
        path: `${RECURRING}/agreements/${enc(agreementId)}/charges/${enc(chargeId)}`,
        agreementId,
        orderId: chargeId,
        schema: ZCharge,
      }),

    /** For investigations when the agreement id is lost; Vipps rate-limits it hard. */
    getChargeById: (chargeId: string) =>
      http.request({
        operation: "GetChargeById",
        method: "GET",
        path: `${RECURRING}/charges/${enc(chargeId)}`,
        orderId: chargeId,
        schema: ZCharge,
      }),

    cancelCharge: (agreementId: string, chargeId: string, { idempotencyKey }: TKey) =>
      http.request({
        operation: "CancelCharge",
        method: "DELETE",
        path: `${RECURRING}/agreements/${enc(agreementId)}/charges/${enc(chargeId)}`,
        idempotencyKey,
        agreementId,
        orderId: chargeId,
      }),

    captureCharge: (
      agreementId: string,
      chargeId: string,
      body: { amount: number; description?: string },
      { idempotencyKey }: TKey,
    ) =>
      http.request({
        operation: "CaptureCharge",
        method: "POST",
        path: `${RECURRING}/agreements/${enc(agreementId)}/charges/${enc(chargeId)}/capture`,
        body,
        idempotencyKey,
        agreementId,
        orderId: chargeId,
      }),

    refundCharge: (
      agreementId: string,
      chargeId: string,
      body: { amount: number; description: string },
      { idempotencyKey }: TKey,
    ) =>
      http.request({
        operation: "RefundCharge",
        method: "POST",
        path: `${RECURRING}/agreements/${enc(agreementId)}/charges/${enc(chargeId)}/refund`,
        body,
        idempotencyKey,
        agreementId,
        orderId: chargeId,
      }),

    registerWebhook: (body: { url: string; events: string[] }, { idempotencyKey }: TKey) =>
      http.request({
        operation: "RegisterWebhook",
        method: "POST",
        path: "/webhooks/v1/webhooks",
        body,
        idempotencyKey,
        schema: ZRegisterWebhookResponse,
      }),

    listWebhooks: () =>
      http.request({
        operation: "ListWebhooks",
        method: "GET",
        path: "/webhooks/v1/webhooks",
        schema: ZListWebhooksResponse,
      }),

    deleteWebhook: (id: string, { idempotencyKey }: TKey) =>
      http.request({
        operation: "DeleteWebhook",
        method: "DELETE",
        path: `/webhooks/v1/webhooks/${enc(id)}`,
        idempotencyKey,
      }),

    getUserinfo: (sub: string) =>
      http.request({
        operation: "GetUserinfo",
        method: "GET",
        path: `/vipps-userinfo-api/userinfo/${enc(sub)}`,
        withoutSubscriptionKey: true,
        schema: ZUserinfo,
      }),
  };
}

export type VippsClient = ReturnType<typeof createVippsClient>;

export const RECURRING_WEBHOOK_EVENTS = [
  "recurring.agreement-activated.v1",
  "recurring.agreement-rejected.v1",
  "recurring.agreement-stopped.v1",
  "recurring.agreement-expired.v1",
  "recurring.charge-reserved.v1",
  "recurring.charge-captured.v1",
  "recurring.charge-canceled.v1",
  "recurring.charge-refunded.v1",
  "recurring.charge-failed.v1",
  "recurring.charge-creation-failed.v1",
] as const;
