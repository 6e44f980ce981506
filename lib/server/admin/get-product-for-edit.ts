import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { productToForm } from "@/lib/domain/product-form";
import type { TProductForm } from "@/lib/domain/product-rules";

export type TProductForEdit = {
  id: string;
  status: "DRAFT" | "LIVE" | "ARCHIVED";
  launchedAt: Date | null;
  agreements: number;
  /** Set when customers have agreements: the pricing type can no longer change. */
  lockedPricingType: "LEGACY" | "VARIABLE" | "FLEXIBLE" | null;
  form: TProductForm;
};

/** A product of the context's merchant as the edit form needs it; another merchant's is not found. */
export const getProductForEdit = async (ctx: TServerContext, productId: string): Promise<TProductForEdit> => {
  const product = await db.product.findFirst({
    where: { id: productId, merchantId: ctx.merchantId },
    include: { prices: true, texts: true, _count: { select: { agreements: true } } },
  });
  if (!product) throw new AppError("NOT_FOUND", "productNotFound");
  return {
    id: product.id,
    status: product.status,
    launchedAt: product.launchedAt,
    agreements: product._count.agreements,
    lockedPricingType: product._count.agreements > 0 ? product.pricingType : null,
    form: productToForm(product),
  };
};
