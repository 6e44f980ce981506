"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/client";
import { signIn } from "@/lib/auth";
import { requestServerContext } from "@/lib/auth/server-context";
import { readTypedEmail, rememberTypedEmail } from "@/lib/auth/typed-email";
import { AppError } from "@/lib/errors";
import { ZResendSignInLinkInput, ZSendSignInLinkInput, ZStaffSignInInput } from "@/lib/schemas/sign-in";
import { signInLinkRequestAllowed } from "@/lib/server/auth/sign-in-limits";
import { clientAddressOf } from "@/lib/server/client-address";
import { staffHome } from "@/lib/server/auth/staff-home";

// Refusals carry codes the sign-in forms put in words (components' signInWording): RATE_LIMITED for
// too many links, BAD_INPUT for a check-email page whose address is no longer the typed one,
// UNAUTHORIZED for a staff password that did not match (or too many attempts: the same answer).

async function linkRequestAllowed() {
  if (!(await signInLinkRequestAllowed(clientAddressOf(await headers()))))
    throw new AppError("RATE_LIMITED", "tooManySignInLinks");
}

/** Customers: a one-time link by email. The answer is the same whether or not we know the address. */
export const sendSignInLinkAction = publicAction
  .metadata({ name: "sendSignInLink" })
  .inputSchema(ZSendSignInLinkInput)
  .action(async ({ parsedInput: { email, callbackUrl } }) => {
    await linkRequestAllowed();
    const redirectTo = callbackUrl || "/account";
    // The check-email page names the address and can send the link again (lib/auth/typed-email.ts).
    await rememberTypedEmail({ email: email.toLowerCase(), callbackUrl: redirectTo });
    await signIn("email", { email, redirectTo, redirect: false });
    // Straight to the page, not through Auth.js's /api/auth/verify-request redirect: the browser
    // would keep that route's address, and the page's own action ("send again") would post to it.
    redirect("/sign-in/check-email");
  });

/**
 * The check-email page's "send again": to the address this browser typed, under the same limits
 * as the form (per client address here, per recipient in sendSignInLink), with the same answer
 * whether or not the address is a customer's.
 */
export const resendSignInLinkAction = publicAction
  .metadata({ name: "resendSignInLink" })
  .inputSchema(ZResendSignInLinkInput)
  .action(async ({ parsedInput }) => {
    // The form names the address it shows; it must still be the one this browser typed.
    const typed = await readTypedEmail();
    if (!typed || parsedInput.email !== typed.email) throw new AppError("BAD_INPUT", "enterEmailAgain");
    await linkRequestAllowed();
    await signIn("email", {
      email: typed.email,
      redirectTo: typed.callbackUrl || "/account",
      redirect: false,
    });
    return { resent: true };
  });

/** Staff: email and password (rate-limited in lib/auth.ts). Success redirects to the staff home. */
export const staffSignInAction = publicAction
  .metadata({ name: "staffSignIn" })
  .inputSchema(ZStaffSignInInput)
  .action(async ({ parsedInput: { email, password, callbackUrl } }) => {
    const redirectTo = callbackUrl || (await staffHome(await requestServerContext(), email));
    try {
      await signIn("staff", { email, password, redirectTo });
    } catch (error) {
      if (error instanceof AuthError) throw new AppError("UNAUTHORIZED", "passwordMismatch");
      throw error; // the redirect after a successful sign-in
    }
  });
