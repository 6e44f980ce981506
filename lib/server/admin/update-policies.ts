import "server-only";
import type { TPoliciesInput } from "@/lib/schemas/admin";
import type { TServerContext } from "@/lib/server/context/server-context";
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
export const updatePolicies = async (ctx: TServerContext, data: TPoliciesInput) =>
  updateMerchantSettings(ctx, { action: "merchant.policies-updated", fields: POLICY_FIELDS, data });
