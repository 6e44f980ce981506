import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/actor";
import { SHOP_PROFILE_SELECT } from "@/lib/server/merchant/get-shop";
import type { TMerchantProfileInput } from "@/lib/schemas/admin";
import type { TAdminActor } from "./admin-actor";

/** The shop's public face: name, support contacts, terms, and the languages customers can choose. */
export const updateMerchantProfile = async (input: TMerchantProfileInput & { actor: TAdminActor }) => {
  const { actor, ...data } = input;
  const merchant = await db.merchant.findFirst({ select: SHOP_PROFILE_SELECT });
  if (!merchant) throw new AppError("CONFLICT", "Set up the shop first (/setup).");
  const { id, ...before } = merchant;
  await db.$transaction(async (tx) => {
    await tx.merchant.update({ where: { id }, data });
    await recordAudit(
      {
        actor: auditActor(actor),
        action: "merchant.profile-updated",
        target: { type: "merchant", id },
        before,
        after: data,
      },
      tx,
    );
  });
  return { saved: true };
};
