import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ProductStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";

/**
 * Moves a product of the context's merchant from the status it was read in to `to`, only if nobody
 * changed it meanwhile (compare-and-set on the status), and writes the audit entry with the admin.
 */
export async function moveProductStatus<S extends ProductStatus>(
  ctx: TServerContext,
  input: {
    product: { id: string; status: ProductStatus };
    to: S;
    data?: { launchedAt?: Date };
    action: string;
  },
): Promise<{ status: S }> {
  adminActor(ctx); // admins only: refuses anyone else
  await db.$transaction(async (tx) => {
    const moved = await tx.product.updateMany({
      where: { id: input.product.id, merchantId: ctx.merchantId, status: input.product.status },
      data: { ...input.data, status: input.to },
    });
    if (moved.count === 0) throw new AppError("CONFLICT", "productChangedJustNow");
    await recordAudit(
      ctx,
      {
        action: input.action,
        target: { type: "product", id: input.product.id },
        before: { status: input.product.status },
        after: { status: input.to },
      },
      tx,
    );
  });
  return { status: input.to };
}
