import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TServerContext } from "@/lib/server/context/server-context";

// Mail the outbox gave up on (lib/server/email/deliver-emails.ts). Mail older than the outbox was
// closed by its migration without an attempt, so only attempted mail counts.
const FAILED = { failedAt: { not: null }, attempts: { gt: 0 } } as const;

/**
 * Failed mail the context's merchant may see: to its own customers, or to no customer at all (staff
 * invitations, the shop's own warnings). A mail names its customer by id only, so the customers of
 * the failed mail are looked up first (failed mail is rare).
 */
async function failedOfMerchant(ctx: TServerContext): Promise<Prisma.EmailWhereInput> {
  const named = await db.email.findMany({
    where: { ...FAILED, customerId: { not: null } },
    distinct: ["customerId"],
    select: { customerId: true },
  });
  const mine = await db.customer.findMany({
    where: { merchantId: ctx.merchantId, id: { in: named.map((e) => e.customerId!) } },
    select: { id: true },
  });
  return { ...FAILED, OR: [{ customerId: null }, { customerId: { in: mine.map((c) => c.id) } }] };
}

/** The newest mail that could not be delivered, for the System page. */
export const listFailedEmails = async (ctx: TServerContext, limit: number) =>
  db.email.findMany({
    where: await failedOfMerchant(ctx),
    orderBy: { failedAt: "desc" },
    take: limit,
    select: { id: true, kind: true, to: true, customerId: true, failedAt: true, attempts: true, error: true },
  });

export const countFailedEmails = async (ctx: TServerContext): Promise<number> =>
  db.email.count({ where: await failedOfMerchant(ctx) });

export type TFailedEmail = Awaited<ReturnType<typeof listFailedEmails>>[number];
