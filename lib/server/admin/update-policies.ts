import "server-only";
import type { TPoliciesInput } from "@/lib/schemas/admin";
import type { TAdminActor } from "./admin-actor";
import { updateMerchantSettings } from "./update-merchant-settings";

const POLICY_FIELDS = {
  chargeLeadDays: true,
  defaultRetryDays: true,
  captureWarningDays: true,
  dunningEmailEnabled: true,
  dunningStopAfterFailures: true,
  refundAdminThreshold: true,
  stopRequiresAdmin: true,
} as const;

/** Billing lead time and retries, dunning, and which support actions need an admin. */
export const updatePolicies = async (input: TPoliciesInput & { actor: TAdminActor }) => {
  const { actor, ...data } = input;
  return updateMerchantSettings({ actor, action: "merchant.policies-updated", fields: POLICY_FIELDS, data });
};
