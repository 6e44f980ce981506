import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

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
