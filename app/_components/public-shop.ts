import "server-only";
import { cache } from "react";
import { requestServerContext } from "@/lib/auth/server-context";
import type { TShopLook } from "@/lib/domain/shop-look";
import { installationMerchantId } from "@/lib/server/context/build-context";
import { getShop, getShopLook } from "@/lib/server/merchant/get-shop";

const ABO_LOOK: TShopLook = { color: null, logoPath: null };

/**
 * The shop as a page anyone may open shows it (storefront, sign-in, terms, sign-up returns, the 404
 * page): its profile, name and look in the request's context. Before /setup there is no merchant and
 * so no context: those pages then show Abo's own name and look, as they always have.
 */
export const publicShop = cache(async () => {
  if (!(await installationMerchantId())) return { shop: null, name: "Abo", look: ABO_LOOK };
  const ctx = await requestServerContext();
  const [shop, look] = await Promise.all([getShop(ctx), getShopLook(ctx)]);
  return { shop, name: shop?.name ?? "Abo", look };
});
