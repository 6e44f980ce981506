import "server-only";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { TAdminActor } from "./admin-actor";
import { moveProductStatus } from "./move-product-status";

/** Takes a product off sale. Customers who already subscribe keep their agreements and are billed as before. */
export const archiveProduct = async (input: {
  productId: string;
  actor: TAdminActor;
}): Promise<{ status: "ARCHIVED" }> => {
  const product = await db.product.findUnique({
    where: { id: input.productId },
    select: { id: true, status: true },
  });
  if (!product) throw notFoundError("That product");
  if (product.status === "ARCHIVED") return { status: "ARCHIVED" };
  return moveProductStatus({ product, to: "ARCHIVED", action: "product.archived", actor: input.actor });
};
