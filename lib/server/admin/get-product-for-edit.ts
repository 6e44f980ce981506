import "server-only";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
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

/** A product as the edit form needs it. */
export const getProductForEdit = async (productId: string): Promise<TProductForEdit> => {
  const product = await db.product.findUnique({
    where: { id: productId },
    include: { prices: true, texts: true, _count: { select: { agreements: true } } },
  });
  if (!product) throw notFoundError("That product");
  return {
    id: product.id,
    status: product.status,
    launchedAt: product.launchedAt,
    agreements: product._count.agreements,
    lockedPricingType: product._count.agreements > 0 ? product.pricingType : null,
    form: productToForm(product),
  };
};
