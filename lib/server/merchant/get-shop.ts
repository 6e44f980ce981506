import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/** The merchant's public face: name and support contacts (one merchant per Abo installation). */
export const getShop = cache(async () =>
  db.merchant.findFirst({
    select: {
      id: true,
      name: true,
      supportEmail: true,
      supportPhone: true,
      supportUrl: true,
      termsUrl: true,
      defaultLocale: true,
    },
  }),
);

export const getShopName = async (): Promise<string> => (await getShop())?.name ?? "Abo";
