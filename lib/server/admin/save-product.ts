import "server-only";
import { db, type Tx } from "@/lib/db";
import { validateProduct, type TProductForm, type TProductValues } from "@/lib/domain/product-rules";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TProductTextRow } from "@/lib/domain/product-text";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";

export type TSaveProduct = { productId?: string; form: TProductForm };

/**
 * Creates or edits a product after checking every Vipps rule (lib/domain/product-rules.ts); a
 * refusal names the rule at the field and saves nothing. Changes reach new agreements only:
 * agreements already signed keep the terms the customer approved. Only the context merchant's
 * products are edited (another's is not found), and a stop offer names one of its own.
 */
export const saveProduct = async (
  ctx: TServerContext,
  input: TSaveProduct,
): Promise<{ id: string; slug: string; warnings: string[] }> => {
  adminActor(ctx); // admins only: refuses anyone else
  const existing = input.productId
    ? await db.product.findFirst({
        where: { id: input.productId, merchantId: ctx.merchantId },
        select: { id: true, pricingType: true, _count: { select: { agreements: true } } },
      })
    : null;
  if (input.productId && !existing) throw new AppError("NOT_FOUND", "productNotFound");
  const check = validateProduct(input.form, {
    today: ctx.now,
    lockedPricingType: existing && existing._count.agreements > 0 ? existing.pricingType : null,
  });
  if (!check.ok) throw new AppError("BAD_INPUT", "fieldsNeedAnotherLook", {}, { fieldErrors: check.errors });

  const { prices, texts, ...fields } = check.value;
  const clash = await db.product.findFirst({
    where: { slug: fields.slug, ...(existing ? { id: { not: existing.id } } : {}) },
    select: { id: true },
  });
  if (clash)
    throw new AppError(
      "BAD_INPUT",
      "fieldsNeedAnotherLook",
      {},
      {
        fieldErrors: { slug: "Another product already has this page address; choose another." },
      },
    );

  if (fields.stopOfferProductId) {
    // The offered plan must be one the customer could switch to: same group and pricing type.
    const offered = await db.product.findFirst({
      where: {
        id: fields.stopOfferProductId,
        merchantId: ctx.merchantId,
        planGroup: fields.planGroup,
        pricingType: fields.pricingType,
        ...(existing ? { NOT: { id: existing.id } } : {}),
      },
      select: { id: true },
    });
    if (!offered)
      throw new AppError(
        "BAD_INPUT",
        "fieldsNeedAnotherLook",
        {},
        {
          fieldErrors: {
            stopOfferProductId: "Choose another product of the same plan group and pricing type.",
          },
        },
      );
  }

  const saved = await db.$transaction(async (tx) => {
    const product = existing
      ? await tx.product.update({
          where: { id: existing.id },
          data: fields,
          select: { id: true, slug: true },
        })
      : await tx.product.create({
          data: {
            ...fields,
            merchantId: ctx.merchantId,
            sortOrder: await tx.product.count({ where: { merchantId: ctx.merchantId } }),
          },
          select: { id: true, slug: true },
        });
    await replacePrices(tx, product.id, prices);
    await replaceTexts(tx, product.id, texts);
    await recordAudit(
      ctx,
      {
        action: existing ? "product.updated" : "product.created",
        target: { type: "product", id: product.id },
        after: JSON.parse(JSON.stringify({ ...fields, prices, texts })),
      },
      tx,
    );
    return product;
  });
  return { ...saved, warnings: check.warnings };
};

async function replacePrices(tx: Tx, productId: string, prices: TProductValues["prices"]) {
  await tx.productPrice.deleteMany({ where: { productId, market: { notIn: prices.map((p) => p.market) } } });
  for (const { market, ...price } of prices) {
    await tx.productPrice.upsert({
      where: { productId_market: { productId, market } },
      create: { productId, market, ...price },
      update: price,
    });
  }
}

/** The form carries every locale, so the rows given replace the stored ones. */
async function replaceTexts(tx: Tx, productId: string, texts: TProductTextRow[] | null) {
  if (!texts) return;
  await tx.productText.deleteMany({ where: { productId } });
  if (texts.length) await tx.productText.createMany({ data: texts.map((t) => ({ productId, ...t })) });
}
