import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ProductStatus } from "@/lib/generated/prisma/enums";
import { auditActor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TAdminActor } from "./admin-actor";

/**
 * Moves a product from the status it was read in to `to`, only if nobody changed it meanwhile
 * (compare-and-set on the status), and writes the audit entry.
 */
export async function moveProductStatus<S extends ProductStatus>(input: {
  product: { id: string; status: ProductStatus };
  to: S;
  data?: { launchedAt?: Date };
  action: string;
  actor: TAdminActor;
}): Promise<{ status: S }> {
  await db.$transaction(async (tx) => {
    const moved = await tx.product.updateMany({
      where: { id: input.product.id, status: input.product.status },
      data: { ...input.data, status: input.to },
    });
    if (moved.count === 0)
      throw new AppError("CONFLICT", "Someone changed this product just now; reload and try again.");
    await recordAudit(
      {
        actor: auditActor(input.actor),
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
