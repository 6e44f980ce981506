import "server-only";
import { db } from "@/lib/db";

/** The shop's logo bytes, for /brand/logo and receipts; null when the merchant has none. */
export const getShopLogo = async () =>
  db.shopLogo.findFirst({ select: { contentType: true, bytes: true, hash: true } });
