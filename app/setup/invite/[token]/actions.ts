"use server";

import { signIn } from "@/lib/auth";
import { publicAction } from "@/lib/actions/client";
import { requestServerContext } from "@/lib/auth/server-context";
import { ZAcceptInviteInput } from "@/lib/schemas/admin";
import { acceptInvite } from "@/lib/server/admin/accept-invite";

/** The invited person chooses a password, is signed in and lands in their console. */
export const acceptInviteAction = publicAction
  .metadata({ name: "acceptInvite" })
  .inputSchema(ZAcceptInviteInput)
  .action(async ({ parsedInput }) => {
    const { email, role } = await acceptInvite(await requestServerContext(), parsedInput);
    await signIn("staff", {
      email,
      password: parsedInput.password,
      redirectTo: role === "ADMIN" ? "/admin" : "/support",
    });
  });
