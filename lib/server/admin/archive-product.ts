import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";
import { moveProductStatus } from "./move-product-status";

/** Takes a product off sale. Customers who already subscribe keep their agreements and are billed as before. */
export const archiveProduct = async (
  ctx: TServerContext,
  input: { productId: string },
): Promise<{ status: "ARCHIVED" }> => {
  adminActor(ctx);
  const product = await db.product.findFirst({
    where: { id: input.productId, merchantId: ctx.merchantId },
    select: { id: true, status: true },
  });
  if (!product) throw new AppError("NOT_FOUND", "productNotFound");
  if (product.status === "ARCHIVED") return { status: "ARCHIVED" };
  return moveProductStatus(ctx, { product, to: "ARCHIVED", action: "product.archived" });
};
