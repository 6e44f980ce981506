import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TProblem } from "@/lib/errors";
import { actorLabel } from "@/lib/domain/actor-label";
import type { TTimelineEntry } from "@/lib/schemas/support-views";
import type { TServerContext } from "@/lib/server/context/server-context";
import { actorNames } from "./actor-names";

export type TTimelineScope = { customerId: string } | { agreementId: string } | { chargeId: string };

const PER_SOURCE = 150;

/**
 * One timeline of everything that happened to a customer, an agreement or a charge: Vipps's
 * webhook events, every call Abo made to Vipps (with status and problem details) and the audit log.
 * Empty when the customer, agreement or charge is not ctx.merchantId's.
 */
export const getTimeline = async (
  ctx: TServerContext,
  scope: TTimelineScope,
  limit = 200,
): Promise<TTimelineEntry[]> => {
  const keys = await scopeKeys(ctx, scope);
  if (!keys) return [];
  const auditWhere: Prisma.AuditEventWhereInput =
    "customerId" in scope
      ? {
          OR: [
            { customerId: scope.customerId },
            ...(keys.agreementIds.length ? [{ agreementId: { in: keys.agreementIds } }] : []),
          ],
        }
      : "agreementId" in scope
        ? { agreementId: scope.agreementId }
        : { chargeId: scope.chargeId };
  const callWhere: Prisma.VippsCallWhereInput[] = [
    ...(keys.vippsAgreementIds.length && !("chargeId" in scope)
      ? [{ agreementId: { in: keys.vippsAgreementIds } }]
      : []),
    ...(keys.orderIds.length ? [{ orderId: { in: keys.orderIds } }] : []),
    ...(keys.draftKeys.length ? [{ idempotencyKey: { in: keys.draftKeys } }] : []),
  ];
  const eventWhere: Prisma.WebhookEventWhereInput[] = [
    ...(keys.vippsAgreementIds.length && !("chargeId" in scope)
      ? [{ agreementId: { in: keys.vippsAgreementIds } }]
      : []),
    ...(keys.orderIds.length ? [{ chargeId: { in: keys.orderIds } }] : []),
  ];

  const [audit, calls, events] = await Promise.all([
    db.auditEvent.findMany({
      where: { AND: [auditWhere, { merchantId: ctx.merchantId }] },
      orderBy: { createdAt: "desc" },
      take: PER_SOURCE,
    }),
    callWhere.length
      ? db.vippsCall.findMany({ where: { OR: callWhere }, orderBy: { createdAt: "desc" }, take: PER_SOURCE })
      : [],
    eventWhere.length
      ? db.webhookEvent.findMany({
          where: { OR: eventWhere },
          orderBy: { receivedAt: "desc" },
          take: PER_SOURCE,
        })
      : [],
  ]);

  const names = await actorNames(
    ctx,
    audit.map((a) => a.actorId),
  );
  const entries: TTimelineEntry[] = [
    ...audit.map((a) => ({
      id: `audit-${a.id}`,
      at: a.createdAt,
      source: "audit" as const,
      title: a.action,
      actor: actorLabel(a, names),
      reason: a.reason,
      failed: a.action.endsWith(".failed"),
      orderId: a.orderId,
      idempotencyKey: a.idempotencyKey,
      before: a.before,
      after: a.after,
      problem: problemOf(a.after),
    })),
    ...calls.map((c) => ({
      id: `call-${c.id}`,
      at: c.createdAt,
      source: "vipps-call" as const,
      title: `${c.operation} · ${c.method} ${c.path}`,
      status: c.status,
      failed: c.error !== null || (c.status ?? 0) >= 400,
      quietRead: c.method === "GET" && c.error === null && (c.status ?? 0) < 400,
      problem: c.problem as TProblem | null,
      error: c.error,
      orderId: c.orderId,
      idempotencyKey: c.idempotencyKey,
    })),
    ...events.map((e) => ({
      id: `event-${e.id}`,
      at: e.occurred ?? e.receivedAt,
      source: "vipps-event" as const,
      title: e.eventType,
      actor: e.actor,
      orderId: e.chargeId,
      failed: e.processError !== null,
      error: e.processError,
      after: e.payload,
    })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
};

/** The ids the scope's records are found by; null when its customer, agreement or charge is not ctx.merchantId's. */
async function scopeKeys(ctx: TServerContext, scope: TTimelineScope) {
  const merchantId = ctx.merchantId;
  if ("chargeId" in scope) {
    const charge = await db.charge.findUnique({
      where: { id: scope.chargeId, agreement: { merchantId } },
      select: { orderId: true },
    });
    if (!charge) return null;
    return { agreementIds: [], vippsAgreementIds: [], orderIds: [charge.orderId], draftKeys: [] };
  }
  const owner =
    "customerId" in scope
      ? await db.customer.findUnique({ where: { id: scope.customerId, merchantId }, select: { id: true } })
      : await db.agreement.findUnique({ where: { id: scope.agreementId, merchantId }, select: { id: true } });
  if (!owner) return null;
  const agreements = await db.agreement.findMany({
    where: {
      merchantId,
      ...("customerId" in scope ? { customerId: scope.customerId } : { id: scope.agreementId }),
    },
    select: { id: true, vippsAgreementId: true, draftIdempotencyKey: true },
    take: 500,
  });
  const agreementIds = agreements.map((a) => a.id);
  // Calls about a charge always name its agreement; orderIds are needed only for the few that do not.
  const charges = agreementIds.length
    ? await db.charge.findMany({
        where: { agreementId: { in: agreementIds }, type: "INITIAL" },
        select: { orderId: true },
      })
    : [];
  return {
    agreementIds,
    vippsAgreementIds: agreements.flatMap((a) => (a.vippsAgreementId ? [a.vippsAgreementId] : [])),
    orderIds: charges.map((c) => c.orderId),
    draftKeys: agreements.map((a) => a.draftIdempotencyKey),
  };
}

function problemOf(after: unknown): TProblem | null {
  if (after && typeof after === "object" && "problem" in after)
    return ((after as { problem?: TProblem }).problem ?? null) as TProblem | null;
  return null;
}
