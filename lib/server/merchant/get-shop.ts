import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { SHOP_LOOK_SELECT, shopLookOf, type TShopLook } from "@/lib/domain/shop-look";
import type { TServerContext } from "@/lib/server/context/server-context";

/** The merchant's profile fields, for `select`: what customers see and the settings page edits. */
export const SHOP_PROFILE_SELECT = {
  id: true,
  name: true,
  supportEmail: true,
  supportPhone: true,
  supportUrl: true,
  termsUrl: true,
  defaultLocale: true,
  locales: true,
} as const;

// Cached per request by merchant, not by context object: a page's header, footer and body ask once.
const profileOf = cache(async (merchantId: string) =>
  db.merchant.findUnique({ where: { id: merchantId }, select: SHOP_PROFILE_SELECT }),
);

const lookOf = cache(async (merchantId: string): Promise<TShopLook> => {
  const merchant = await db.merchant.findUnique({ where: { id: merchantId }, select: SHOP_LOOK_SELECT });
  return merchant ? shopLookOf(merchant) : { color: null, logoPath: null };
});

/** The context merchant's public face: name and support contacts. */
export const getShop = async (ctx: TServerContext) => profileOf(ctx.merchantId);

export const getShopName = async (ctx: TServerContext): Promise<string> =>
  (await getShop(ctx))?.name ?? "Abo";

/** The shop's colour and logo address for customer pages, emails and receipts (null: Abo's own). */
export const getShopLook = async (ctx: TServerContext): Promise<TShopLook> => lookOf(ctx.merchantId);
