import "server-only";
import { db } from "@/lib/db";
import type { TActorNames } from "@/lib/domain/actor-label";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * The people behind actor ids (staff and customers are users), so the console names who did what.
 * Customers of another merchant than ctx.merchantId are never named.
 */
export const actorNames = async (
  ctx: TServerContext,
  ids: (string | null | undefined)[],
): Promise<TActorNames> => {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({
    where: {
      id: { in: unique },
      OR: [{ customerId: null }, { customer: { merchantId: ctx.merchantId } }],
    },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, { name: u.name, email: u.email }]));
};
