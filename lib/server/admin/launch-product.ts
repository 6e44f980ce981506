import "server-only";
import { db } from "@/lib/db";
import { productToForm } from "@/lib/domain/product-form";
import { validateProduct } from "@/lib/domain/product-rules";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";
import { moveProductStatus } from "./move-product-status";

const MARKET_NAMES = { NO: "Norway", DK: "Denmark", FI: "Finland" } as const;

/**
 * DRAFT (or ARCHIVED) → LIVE: the product goes on sale. It must still pass every rule (a campaign
 * date may have passed since it was saved), and each of its markets needs a sales unit in the
 * environment the shop runs in, or customers there would meet an error at sign-up. Only products
 * of the context's merchant; another's is not found.
 */
export const launchProduct = async (
  ctx: TServerContext,
  input: { productId: string },
): Promise<{ status: "LIVE" }> => {
  adminActor(ctx);
  const product = await db.product.findFirst({
    where: { id: input.productId, merchantId: ctx.merchantId },
    include: { prices: true, merchant: { select: { activeEnvironment: true } } },
  });
  if (!product) throw new AppError("NOT_FOUND", "productNotFound");
  if (product.status === "LIVE") return { status: "LIVE" };
  const check = validateProduct(productToForm(product), { today: ctx.now });
  if (!check.ok) {
    throw new AppError(
      "BAD_INPUT",
      "fixProductBeforeLaunch",
      { problem: Object.values(check.errors)[0] ?? "" },
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
      environment === "TEST" ? "connectTestSalesUnitFirst" : "connectProductionSalesUnitFirst",
      { markets: missing },
    );
  }
  return moveProductStatus(ctx, {
    product,
    to: "LIVE",
    data: { launchedAt: ctx.now },
    action: "product.launched",
  });
};
