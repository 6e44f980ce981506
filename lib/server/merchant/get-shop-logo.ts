import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

/** The context merchant's logo bytes, for /brand/logo and receipts; null when the merchant has none. */
export const getShopLogo = async (ctx: TServerContext) =>
  db.shopLogo.findUnique({
    where: { merchantId: ctx.merchantId },
    select: { contentType: true, bytes: true, hash: true },
  });
