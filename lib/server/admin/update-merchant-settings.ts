import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/actor";
import type { TAdminActor } from "./admin-actor";

/**
 * Saves one settings form of the shop: the fields it names, before and after in one audit entry
 * that commits with the change. `fields` selects what the form shows (the audit's "before").
 */
export const updateMerchantSettings = async (input: {
  actor: TAdminActor;
  action: string;
  fields: Prisma.MerchantSelect;
  data: Prisma.MerchantUpdateInput;
}): Promise<{ saved: true }> => {
  const merchant = await db.merchant.findFirst({ select: { ...input.fields, id: true } });
  if (!merchant) throw new AppError("CONFLICT", "Set up the shop first (/setup).");
  const { id, ...before } = merchant;
  await db.$transaction(async (tx) => {
    await tx.merchant.update({ where: { id }, data: input.data });
    await recordAudit(
      {
        actor: auditActor(input.actor),
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
