"use server";

import { signIn } from "@/lib/auth";
import { publicAction } from "@/lib/actions/client";
import { ZFirstRunInput } from "@/lib/schemas/admin";
import { createFirstAdmin } from "@/lib/server/admin/create-first-admin";

/** First run: the admin account and the merchant, then signed in and on to the onboarding wizard. */
export const createFirstAdminAction = publicAction
  .metadata({ name: "createFirstAdmin" })
  .inputSchema(ZFirstRunInput)
  .action(async ({ parsedInput }) => {
    await createFirstAdmin(parsedInput);
    await signIn("staff", {
      email: parsedInput.email,
      password: parsedInput.password,
      redirectTo: "/admin/onboarding",
    });
  });
