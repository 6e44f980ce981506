import "server-only";
import type { TCompanyDetailsInput } from "@/lib/schemas/admin";
import type { TServerContext } from "@/lib/server/context/server-context";
import { updateMerchantSettings } from "./update-merchant-settings";

/** The merchant's company fields, for `select`: the seller on every receipt issued from now on. */
export const COMPANY_SELECT = {
  legalName: true,
  addressLine: true,
  postalCode: true,
  city: true,
  companyCountry: true,
  orgNumber: true,
  vatRegistered: true,
} as const;

/**
 * The seller's legal name, address, organisation number and VAT registration. Receipts already
 * issued keep the details they were issued with (a booked document is never rewritten).
 */
export const updateCompanyDetails = async (ctx: TServerContext, data: TCompanyDetailsInput) =>
  updateMerchantSettings(ctx, { action: "merchant.company-updated", fields: COMPANY_SELECT, data });
