"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { readTypedEmail, rememberTypedEmail } from "@/lib/auth/typed-email";
import { getTranslator } from "@/lib/i18n/server";
import { signInLinkRequestAllowed } from "@/lib/server/auth/sign-in-limits";
import { clientAddressOf } from "@/lib/server/client-address";
import { staffHome } from "@/lib/server/auth/staff-home";

export type TSignInState =
  { error?: string; fieldErrors?: Record<string, string>; resent?: boolean } | undefined;

const ZCallback = z
  .string()
  .regex(/^\/(?!\/)[\w\-./?=&%]*$/, "a local path")
  .catch("");

// Anyone can post any arguments to an action, not only the form React sends: anything but a form is
// refused here rather than failing on `form.get` (a 500).
const isForm = (form: unknown): form is FormData => form instanceof FormData;

/** Customers: a one-time link by email. The answer is the same whether or not we know the address. */
export async function sendSignInLinkAction(_: TSignInState, form: FormData): Promise<TSignInState> {
  const { m } = await getTranslator();
  if (!isForm(form)) return { fieldErrors: { email: m.signIn.invalidEmail } };
  const email = z
    .email()
    .max(254)
    .safeParse(String(form.get("email") ?? "").trim());
  if (!email.success) return { fieldErrors: { email: m.signIn.invalidEmail } };
  if (!(await signInLinkRequestAllowed(clientAddressOf(await headers()))))
    return { error: m.signIn.tooManyLinks };
  const callbackUrl = ZCallback.parse(form.get("callbackUrl")) || "/account";
  // The check-email page names the address and can send the link again (lib/auth/typed-email.ts).
  await rememberTypedEmail({ email: email.data.toLowerCase(), callbackUrl });
  await signIn("email", { email: email.data, redirectTo: callbackUrl, redirect: false });
  // Straight to the page, not through Auth.js's /api/auth/verify-request redirect: the browser
  // would keep that route's address, and the page's own action ("send again") would post to it.
  redirect("/sign-in/check-email");
}

/**
 * The check-email page's "send again": to the address this browser typed, under the same limits
 * as the form (per client address here, per recipient in sendSignInLink), with the same answer
 * whether or not the address is a customer's.
 */
export async function resendSignInLinkAction(_: TSignInState, form: FormData): Promise<TSignInState> {
  const { m } = await getTranslator();
  if (!isForm(form)) return { error: m.signIn.enterEmailAgain };
  // The form names the address it shows; it must still be the one this browser typed.
  const typed = await readTypedEmail();
  if (!typed || String(form.get("email") ?? "") !== typed.email) return { error: m.signIn.enterEmailAgain };
  if (!(await signInLinkRequestAllowed(clientAddressOf(await headers()))))
    return { error: m.signIn.tooManyLinks };
  await signIn("email", { email: typed.email, redirectTo: typed.callbackUrl || "/account", redirect: false });
  return { resent: true };
}

/** Staff: email and password (rate-limited in lib/auth.ts). */
export async function staffSignInAction(_: TSignInState, form: FormData): Promise<TSignInState> {
  const { m } = await getTranslator();
  if (!isForm(form)) return { error: m.signIn.invalidCredentials };
  const email = String(form.get("email") ?? "");
  const callbackUrl = ZCallback.parse(form.get("callbackUrl")) || (await staffHome(email));
  try {
    await signIn("staff", {
      email,
      password: String(form.get("password") ?? ""),
      redirectTo: callbackUrl,
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: m.signIn.invalidCredentials };
    throw error; // the redirect after a successful sign-in
  }
}
