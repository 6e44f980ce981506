import "server-only";
import { createHash } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TBrandingInput } from "@/lib/schemas/branding";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";

/**
 * Saves the shop's colour and logo; the change and its audit entry (the logo by its hash, not its
 * bytes) commit together. Receipts already issued are rendered with the logo of the day they are
 * opened: the logo is decoration, the booked fields never change.
 */
export const updateBranding = async (ctx: TServerContext, input: TBrandingInput) => {
  adminActor(ctx); // admins only: refuses anyone else
  const merchant = await db.merchant.findUnique({
    where: { id: ctx.merchantId },
    select: { id: true, brandColor: true, logo: { select: { hash: true } } },
  });
  if (!merchant) throw new AppError("CONFLICT", "setUpShopFirst");
  if (input.logo && !(await embeds(input.logo)))
    throw new AppError(
      "BAD_INPUT",
      "nothingWasSaved",
      {},
      {
        fieldErrors: { logo: "This image could not be read; save it again as PNG or JPEG" },
      },
    );
  const hash = input.logo ? createHash("sha256").update(input.logo.bytes).digest("hex") : null;
  const before = { brandColor: merchant.brandColor, logo: merchant.logo?.hash ?? null };
  const after = {
    brandColor: input.brandColor,
    logo: input.removeLogo ? null : (hash ?? before.logo),
  };
  await db.$transaction(async (tx) => {
    await tx.merchant.update({ where: { id: merchant.id }, data: { brandColor: input.brandColor } });
    if (input.logo && hash) {
      const data = { contentType: input.logo.contentType, bytes: input.logo.bytes, hash };
      await tx.shopLogo.upsert({
        where: { merchantId: merchant.id },
        create: { merchantId: merchant.id, ...data },
        update: data,
      });
    } else if (input.removeLogo) {
      await tx.shopLogo.deleteMany({ where: { merchantId: merchant.id } });
    }
    await recordAudit(
      ctx,
      {
        action: "merchant.branding-updated",
        target: { type: "merchant", id: merchant.id },
        before,
        after,
      },
      tx,
    );
  });
  return { saved: true as const, logo: after.logo };
};

/** Whether receipts' PDF library can embed the image: the first bytes said PNG or JPEG, the rest must agree. */
async function embeds(logo: NonNullable<TBrandingInput["logo"]>): Promise<boolean> {
  const pdf = await PDFDocument.create();
  try {
    await (logo.contentType === "image/png" ? pdf.embedPng(logo.bytes) : pdf.embedJpg(logo.bytes));
    return true;
  } catch {
    return false;
  }
}
