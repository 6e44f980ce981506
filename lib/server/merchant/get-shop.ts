import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { SHOP_LOOK_SELECT, shopLookOf, type TShopLook } from "@/lib/domain/shop-look";

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

/** The merchant's public face: name and support contacts (one merchant per Abo installation). */
export const getShop = cache(async () => db.merchant.findFirst({ select: SHOP_PROFILE_SELECT }));

export const getShopName = async (): Promise<string> => (await getShop())?.name ?? "Abo";

/** The shop's colour and logo address for customer pages, emails and receipts (null: Abo's own). */
export const getShopLook = cache(async (): Promise<TShopLook> => {
  const merchant = await db.merchant.findFirst({ select: SHOP_LOOK_SELECT });
  return merchant ? shopLookOf(merchant) : { color: null, logoPath: null };
});
