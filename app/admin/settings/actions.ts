"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/client";
import {
  ZChangeRoleInput,
  ZCompanyDetailsInput,
  ZInviteStaffInput,
  ZMerchantProfileInput,
  ZPoliciesInput,
  ZSetDisabledInput,
} from "@/lib/schemas/admin";
import { ZBrandingInput } from "@/lib/schemas/branding";
import { changeStaffRole } from "@/lib/server/admin/change-staff-role";
import { inviteStaff } from "@/lib/server/admin/invite-staff";
import { updateBranding } from "@/lib/server/admin/update-branding";
import { updateCompanyDetails } from "@/lib/server/admin/update-company-details";
import { setStaffDisabled } from "@/lib/server/admin/set-staff-disabled";
import { updateMerchantProfile } from "@/lib/server/admin/update-merchant-profile";
import { updatePolicies } from "@/lib/server/admin/update-policies";

export const updateMerchantProfileAction = adminAction
  .metadata({ name: "updateMerchantProfile" })
  .inputSchema(ZMerchantProfileInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateMerchantProfile(ctx.server, parsedInput);
    revalidatePath("/", "layout");
    return result;
  });

export const updateCompanyDetailsAction = adminAction
  .metadata({ name: "updateCompanyDetails" })
  .inputSchema(ZCompanyDetailsInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateCompanyDetails(ctx.server, parsedInput);
    revalidatePath("/admin/settings");
    return result;
  });

export const updateBrandingAction = adminAction
  .metadata({ name: "updateBranding" })
  .inputSchema(ZBrandingInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateBranding(ctx.server, parsedInput);
    // The header of every customer page shows the look.
    revalidatePath("/", "layout");
    return result;
  });

export const updatePoliciesAction = adminAction
  .metadata({ name: "updatePolicies" })
  .inputSchema(ZPoliciesInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updatePolicies(ctx.server, parsedInput);
    revalidatePath("/admin/settings");
    return result;
  });

export const inviteStaffAction = adminAction
  .metadata({ name: "inviteStaff" })
  .inputSchema(ZInviteStaffInput)
  .action(async ({ parsedInput, ctx }) => {
    await inviteStaff(ctx.server, parsedInput);
    revalidatePath("/admin/settings");
    return { email: parsedInput.email };
  });

export const changeStaffRoleAction = adminAction
  .metadata({ name: "changeStaffRole" })
  .inputSchema(ZChangeRoleInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeStaffRole(ctx.server, parsedInput);
    revalidatePath("/admin/settings");
    return result;
  });

export const setStaffDisabledAction = adminAction
  .metadata({ name: "setStaffDisabled" })
  .inputSchema(ZSetDisabledInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setStaffDisabled(ctx.server, parsedInput);
    revalidatePath("/admin/settings");
    return result;
  });
