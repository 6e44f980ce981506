import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/actor";
import type { TCompanyDetailsInput } from "@/lib/schemas/admin";
import type { TAdminActor } from "./admin-actor";

/** The merchant's company fields, for `select`: the seller on every receipt issued from now on. */
export const COMPANY_SELECT = {
  legalName: true,
  addressLine: true,
  postalCode: true,
  city: true,
  companyCountry: true,
  orgNumber: true,
  vatRegistered: true,
} as const;

/**
 * The seller's legal name, address, organisation number and VAT registration. Receipts already
 * issued keep the details they were issued with (a booked document is never rewritten).
 */
export const updateCompanyDetails = async (input: TCompanyDetailsInput & { actor: TAdminActor }) => {
  const { actor, ...data } = input;
  const merchant = await db.merchant.findFirst({ select: { id: true, ...COMPANY_SELECT } });
  if (!merchant) throw new AppError("CONFLICT", "Set up the shop first (/setup).");
  const { id, ...before } = merchant;
  await db.$transaction(async (tx) => {
    await tx.merchant.update({ where: { id }, data });
    await recordAudit(
      {
        actor: auditActor(actor),
        action: "merchant.company-updated",
        target: { type: "merchant", id },
        before,
        after: data,
      },
      tx,
    );
  });
  return { saved: true };
};
