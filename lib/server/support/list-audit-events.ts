import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { actorLabel } from "@/lib/domain/actor-label";
import type { TAuditFilter } from "@/lib/schemas/support";
import type { TServerContext } from "@/lib/server/context/server-context";
import { actorNames } from "./actor-names";

const PAGE = 50;

/**
 * The audit log, newest first, filtered by who (email or id), what (action prefix), which target
 * (any id of ours, an orderId, a Vipps agreement id or an Idempotency-Key) and when (dates, UTC).
 * Paged by a cursor, so it stays fast however long the log grows. A Vipps agreement id is resolved
 * within ctx.merchantId; only ctx.merchantId's entries are listed.
 */
export const listAuditEvents = async (ctx: TServerContext, filter: TAuditFilter, pageSize = PAGE) => {
  const and: Prisma.AuditEventWhereInput[] = [{ merchantId: ctx.merchantId }];
  if (filter.actor)
    and.push({ OR: [{ actorEmail: { contains: filter.actor.toLowerCase() } }, { actorId: filter.actor }] });
  if (filter.action) and.push({ action: { startsWith: filter.action } });
  if (filter.target) {
    const ids = [filter.target];
    const byVippsId = await db.agreement.findUnique({
      where: { vippsAgreementId: filter.target, merchantId: ctx.merchantId },
      select: { id: true },
    });
    if (byVippsId) ids.push(byVippsId.id);
    and.push({
      OR: [
        { targetId: { in: ids } },
        { customerId: { in: ids } },
        { agreementId: { in: ids } },
        { chargeId: { in: ids } },
        { orderId: filter.target },
        { idempotencyKey: filter.target },
      ],
    });
  }
  if (filter.from) and.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to)
    and.push({ createdAt: { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } });
  const cursor = parseCursor(filter.before);
  if (cursor)
    and.push({ OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] });

  const rows = await db.auditEvent.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const names = await actorNames(
    ctx,
    page.map((e) => e.actorId),
  );
  return {
    events: page.map((e) => ({ ...e, actor: actorLabel(e, names) })),
    next: rows.length > pageSize && last ? `${last.createdAt.toISOString()}_${last.id}` : null,
  };
};

function parseCursor(value: string | undefined): { at: Date; id: string } | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_(\w+)$/.exec(value) : null;
  if (!match) return null;
  const at = new Date(match[1]!);
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2]! };
}

export type TAuditPage = Awaited<ReturnType<typeof listAuditEvents>>;
