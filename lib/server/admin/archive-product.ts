import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/actor";
import type { TAdminActor } from "./admin-actor";

/** Takes a product off sale. Customers who already subscribe keep their agreements and are billed as before. */
export const archiveProduct = async (input: {
  productId: string;
  actor: TAdminActor;
}): Promise<{ status: "ARCHIVED" }> => {
  const product = await db.product.findUnique({
    where: { id: input.productId },
    select: { id: true, status: true },
  });
  if (!product) throw notFound("That product");
  if (product.status === "ARCHIVED") return { status: "ARCHIVED" };
  const archived = await db.product.updateMany({
    where: { id: product.id, status: product.status },
    data: { status: "ARCHIVED" },
  });
  if (archived.count === 0)
    throw new AppError("CONFLICT", "Someone changed this product just now; reload and try again.");
  await recordAudit({
    actor: auditActor(input.actor),
    action: "product.archived",
    target: { type: "product", id: product.id },
    before: { status: product.status },
    after: { status: "ARCHIVED" },
  });
  return { status: "ARCHIVED" };
};
