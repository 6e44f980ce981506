import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { productToForm } from "@/lib/domain/product-form";
import { validateProduct } from "@/lib/domain/product-rules";
import { AppError, notFoundError } from "@/lib/errors";
import type { TAdminActor } from "./admin-actor";
import { moveProductStatus } from "./move-product-status";

const MARKET_NAMES = { NO: "Norway", DK: "Denmark", FI: "Finland" } as const;

/**
 * DRAFT (or ARCHIVED) → LIVE: the product goes on sale. It must still pass every rule (a campaign
 * date may have passed since it was saved), and each of its markets needs a sales unit in the
 * environment the shop runs in, or customers there would meet an error at sign-up.
 */
export const launchProduct = async (input: {
  productId: string;
  actor: TAdminActor;
}): Promise<{ status: "LIVE" }> => {
  const product = await db.product.findUnique({
    where: { id: input.productId },
    include: { prices: true, merchant: { select: { activeEnvironment: true } } },
  });
  if (!product) throw notFoundError("That product");
  if (product.status === "LIVE") return { status: "LIVE" };
  const check = validateProduct(productToForm(product), { today: await now() });
  if (!check.ok) {
    throw new AppError(
      "BAD_INPUT",
      `Fix the product before launching it: ${Object.values(check.errors)[0]}`,
      { fieldErrors: check.errors },
    );
  }
  const environment = product.merchant.activeEnvironment;
  const units = await db.salesUnit.findMany({
    where: { merchantId: product.merchantId, environment },
    select: { market: true },
  });
  const missing = product.prices
    .filter((p) => !units.some((u) => u.market === p.market))
    .map((p) => MARKET_NAMES[p.market]);
  if (missing.length) {
    throw new AppError(
      "CONFLICT",
      `Connect a ${environment.toLowerCase()} sales unit for ${missing.join(" and ")} first (Onboarding), or stop selling there.`,
    );
  }
  return moveProductStatus({
    product,
    to: "LIVE",
    data: { launchedAt: await now() },
    action: "product.launched",
    actor: input.actor,
  });
};
