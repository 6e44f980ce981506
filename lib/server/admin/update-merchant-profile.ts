import "server-only";
import { SHOP_PROFILE_SELECT } from "@/lib/server/merchant/get-shop";
import type { TMerchantProfileInput } from "@/lib/schemas/admin";
import type { TServerContext } from "@/lib/server/context/server-context";
import { updateMerchantSettings } from "./update-merchant-settings";

/** The shop's public face: name, support contacts, terms, and the languages customers can choose. */
export const updateMerchantProfile = async (ctx: TServerContext, data: TMerchantProfileInput) =>
  updateMerchantSettings(ctx, { action: "merchant.profile-updated", fields: SHOP_PROFILE_SELECT, data });
