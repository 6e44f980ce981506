import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";

/**
 * Saves one settings form of the context's shop: the fields it names, before and after in one audit entry
 * that commits with the change. `fields` selects what the form shows (the audit's "before").
 */
export const updateMerchantSettings = async (
  ctx: TServerContext,
  input: { action: string; fields: Prisma.MerchantSelect; data: Prisma.MerchantUpdateInput },
): Promise<{ saved: true }> => {
  adminActor(ctx); // admins only: refuses anyone else
  const merchant = await db.merchant.findUnique({
    where: { id: ctx.merchantId },
    select: { ...input.fields, id: true },
  });
  if (!merchant) throw new AppError("CONFLICT", "setUpShopFirst");
  const { id, ...before } = merchant;
  await db.$transaction(async (tx) => {
    await tx.merchant.update({ where: { id }, data: input.data });
    await recordAudit(
      ctx,
      {
        action: input.action,
        target: { type: "merchant", id },
        before,
        after: input.data,
      },
      tx,
    );
  });
  return { saved: true };
};
