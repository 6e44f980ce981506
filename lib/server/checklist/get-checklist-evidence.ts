import "server-only";
import { machineMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { checkWebhook } from "@/lib/server/webhooks/check-webhook";
import type { TChecklistRunStatus, TVerificationStep } from "./checklist-types";

const WINDOW_DAYS = 90;
const SYSTEM_HEADERS = [
  "Merchant-Serial-Number",
  "Vipps-System-Name",
  "Vipps-System-Version",
  "Vipps-System-Plugin-Name",
  "Vipps-System-Plugin-Version",
];

// The nine endpoints of the Vipps Recurring checklist (FACTS §11) and the client operations behind them.
export const CHECKLIST_ENDPOINTS = [
  {
    key: "create-agreement",
    label: "Create agreement",
    request: "POST /recurring/v3/agreements",
    operations: ["DraftAgreement"],
    by: "agreement",
  },
  {
    key: "get-agreement",
    label: "Get agreement",
    request: "GET /recurring/v3/agreements/{agreementId}",
    operations: ["GetAgreement"],
    by: "agreement",
  },
  {
    key: "update-agreement",
    label: "Update agreement (incl. stop)",
    request: "PATCH /recurring/v3/agreements/{agreementId}",
    operations: ["UpdateAgreement", "StopAgreement"],
    by: "agreement",
  },
  {
    key: "list-charges",
    label: "List charges",
    request: "GET /recurring/v3/agreements/{agreementId}/charges",
    operations: ["ListCharges"],
    by: "agreement",
  },
  {
    key: "create-charge",
    label: "Create charge",
    request: "POST /recurring/v3/agreements/{agreementId}/charges",
    operations: ["CreateCharge", "CreateChargesAsync"],
    by: "order",
  },
  {
    key: "get-charge",
    label: "Get charge",
    request: "GET /recurring/v3/agreements/{agreementId}/charges/{chargeId}",
    operations: ["GetCharge", "GetChargeById"],
    by: "order",
  },
  {
    key: "cancel-charge",
    label: "Cancel charge",
    request: "DELETE /recurring/v3/agreements/{agreementId}/charges/{chargeId}",
    operations: ["CancelCharge"],
    by: "order",
  },
  {
    key: "capture-charge",
    label: "Capture charge",
    request: "POST /recurring/v3/agreements/{agreementId}/charges/{chargeId}/capture",
    operations: ["CaptureCharge"],
    by: "order",
  },
  {
    key: "refund-charge",
    label: "Refund charge",
    request: "POST /recurring/v3/agreements/{agreementId}/charges/{chargeId}/refund",
    operations: ["RefundCharge"],
    by: "order",
  },
] as const;

/**
 * Evidence for the go-live checklist, from Abo's own records of one sales unit (the last 90 days),
 * and the webhook registrations as Vipps lists them now. The sales unit must be ctx.merchantId's.
 * Webhook events have no merchant column: their counts are the installation's; the audit log's are
 * ctx.merchantId's.
 */
export const getChecklistEvidence = async (ctx: TServerContext, salesUnitId: string) => {
  const unit = await db.salesUnit.findUnique({
    where: { id: salesUnitId, merchantId: ctx.merchantId },
    select: {
      id: true,
      name: true,
      msn: true,
      environment: true,
      market: true,
      baseUrl: true,
      webhookUrl: true,
      webhookRegisteredAt: true,
      merchant: {
        select: {
          name: true,
          termsUrl: true,
          chargeLeadDays: true,
          defaultRetryDays: true,
          refundAdminThreshold: true,
          stopRequiresAdmin: true,
        },
      },
    },
  });
  if (!unit) throw new AppError("NOT_FOUND", "salesUnitWasNotFound");
  const since = new Date(machineMs() - WINDOW_DAYS * 86_400_000);
  const inUnit = { salesUnitId, createdAt: { gte: since } };

  const [
    counts,
    endpoints,
    recentCalls,
    writesWithoutKey,
    errors,
    lastDraft,
    webhooks,
    lastWebhook,
    userStops,
    termsAccepted,
    backOffice,
    run,
    webhookCheck,
  ] = await Promise.all([
    db.vippsCall.groupBy({ by: ["operation"], where: inUnit, _count: { _all: true } }),
    Promise.all(CHECKLIST_ENDPOINTS.map((e) => endpointEvidence(salesUnitId, since, e))),
    db.vippsCall.findMany({
      where: inUnit,
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { requestHeaders: true, operation: true },
    }),
    db.vippsCall.count({
      where: {
        ...inUnit,
        method: { in: ["POST", "PATCH", "DELETE"] },
        idempotencyKey: null,
        operation: { not: "GetAccessToken" },
      },
    }),
    db.vippsCall.findMany({
      where: { ...inUnit, OR: [{ status: { gte: 400 } }, { error: { not: null } }] },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: {
        createdAt: true,
        operation: true,
        status: true,
        problemType: true,
        problem: true,
        error: true,
        orderId: true,
      },
    }),
    db.vippsCall.findFirst({
      where: { salesUnitId, operation: "DraftAgreement", status: { lt: 300 } },
      orderBy: { createdAt: "desc" },
      select: { requestBody: true },
    }),
    db.webhookEvent.groupBy({
      by: ["eventType"],
      where: { receivedAt: { gte: since } },
      _count: { _all: true },
    }),
    db.webhookEvent.findFirst({
      orderBy: { receivedAt: "desc" },
      select: { receivedAt: true, eventType: true },
    }),
    db.agreement.count({ where: { salesUnitId, stopActor: "USER" } }),
    db.agreement.count({ where: { salesUnitId, termsAcceptedAt: { not: null } } }),
    db.auditEvent.groupBy({
      by: ["action"],
      where: {
        action: { in: ["charge.capture", "charge.cancel", "charge.refund", "agreement.stop"] },
        merchantId: ctx.merchantId,
        createdAt: { gte: since },
      },
      _count: { _all: true },
    }),
    db.checklistRun.findFirst({ where: { salesUnitId }, orderBy: { startedAt: "desc" } }),
    // Not Abo's record alone: what Vipps holds now (a registration can vanish behind Abo's back).
    checkWebhook(ctx, salesUnitId),
  ]);

  const headerCalls = recentCalls.filter((c) => c.operation !== "GetAccessToken");
  const missingHeaders = headerCalls.filter((c) =>
    SYSTEM_HEADERS.some((h) => !(c.requestHeaders as Record<string, string>)[h]),
  ).length;
  const draftBody = (lastDraft?.requestBody ?? null) as {
    merchantAgreementUrl?: string;
    merchantRedirectUrl?: string;
  } | null;
  return {
    // Abo's clock, so the branding item names the app customers see on this day (time-travel runs too).
    generatedAt: ctx.now,
    windowDays: WINDOW_DAYS,
    merchant: unit.merchant,
    salesUnit: {
      id: unit.id,
      name: unit.name,
      msn: unit.msn,
      environment: unit.environment,
      market: unit.market,
      baseUrl: unit.baseUrl,
      webhookUrl: unit.webhookUrl,
      webhookRegisteredAt: unit.webhookRegisteredAt,
    },
    calls: Object.fromEntries(counts.map((c) => [c.operation, c._count._all])) as Record<string, number>,
    endpoints,
    headers: {
      names: SYSTEM_HEADERS,
      sample: (headerCalls[0]?.requestHeaders ?? null) as Record<string, string> | null,
      checked: headerCalls.length,
      missing: missingHeaders,
    },
    idempotency: { writesWithoutKey },
    errors: errors.map((e) => ({
      ...e,
      detail: (e.problem as { detail?: string } | null)?.detail ?? e.error,
    })),
    agreementUrl: draftBody?.merchantAgreementUrl ?? null,
    redirectUrl: draftBody?.merchantRedirectUrl ?? null,
    webhooks: {
      byType: webhooks.map((w) => ({ eventType: w.eventType, count: w._count._all })),
      last: lastWebhook,
      atVipps: webhookCheck,
    },
    userStops,
    termsAccepted,
    backOffice: Object.fromEntries(backOffice.map((b) => [b.action, b._count._all])) as Record<
      string,
      number
    >,
    run: run
      ? {
          id: run.id,
          status: run.status as TChecklistRunStatus,
          startedAt: run.startedAt,
          finishedAt: run.finishedAt,
          error: run.error,
          steps: run.steps as TVerificationStep[],
        }
      : null,
  };
};

export type TChecklistEvidence = Awaited<ReturnType<typeof getChecklistEvidence>>;

async function endpointEvidence(
  salesUnitId: string,
  since: Date,
  endpoint: (typeof CHECKLIST_ENDPOINTS)[number],
) {
  const where = { salesUnitId, operation: { in: [...endpoint.operations] }, createdAt: { gte: since } };
  const [ok, failed, recent] = await Promise.all([
    db.vippsCall.count({ where: { ...where, status: { gte: 200, lt: 300 } } }),
    db.vippsCall.count({ where: { ...where, OR: [{ status: { gte: 400 } }, { error: { not: null } }] } }),
    db.vippsCall.findMany({
      where: { ...where, status: { gte: 200, lt: 300 } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        createdAt: true,
        method: true,
        path: true,
        status: true,
        orderId: true,
        agreementId: true,
        idempotencyKey: true,
        responseBody: true,
      },
    }),
  ]);
  // A draft's call record has no agreement id yet (Vipps gives it in the answer).
  const idOf = (c: (typeof recent)[number]) =>
    endpoint.by === "order"
      ? c.orderId
      : (c.agreementId ?? (c.responseBody as { agreementId?: string } | null)?.agreementId ?? null);
  const ids = [...new Set(recent.map(idOf).filter((v): v is string => Boolean(v)))];
  const last = recent[0]
    ? {
        at: recent[0].createdAt,
        request: `${recent[0].method} ${recent[0].path}`,
        status: recent[0].status,
        idempotencyKey: recent[0].idempotencyKey,
      }
    : null;
  return {
    key: endpoint.key,
    label: endpoint.label,
    request: endpoint.request,
    ok,
    failed,
    examples: ids.slice(0, 3),
    last,
  };
}
