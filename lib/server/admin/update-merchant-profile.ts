import "server-only";
import { SHOP_PROFILE_SELECT } from "@/lib/server/merchant/get-shop";
import type { TMerchantProfileInput } from "@/lib/schemas/admin";
import type { TAdminActor } from "./admin-actor";
import { updateMerchantSettings } from "./update-merchant-settings";

/** The shop's public face: name, support contacts, terms, and the languages customers can choose. */
export const updateMerchantProfile = async (input: TMerchantProfileInput & { actor: TAdminActor }) => {
  const { actor, ...data } = input;
  return updateMerchantSettings({
    actor,
    action: "merchant.profile-updated",
    fields: SHOP_PROFILE_SELECT,
    data,
  });
};
