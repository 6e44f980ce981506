"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { getTranslator } from "@/lib/i18n/server";
import { signInLinkRequestAllowed } from "@/lib/server/auth/sign-in-limits";
import { clientAddressOf } from "@/lib/server/client-address";

export type TSignInState = { error?: string; fieldErrors?: Record<string, string> } | undefined;

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
  await signIn("email", { email: email.data, redirectTo: callbackUrl });
}

/** Staff: email and password (rate-limited in lib/auth.ts). */
export async function staffSignInAction(_: TSignInState, form: FormData): Promise<TSignInState> {
  const { m } = await getTranslator();
  if (!isForm(form)) return { error: m.signIn.invalidCredentials };
  const callbackUrl = ZCallback.parse(form.get("callbackUrl")) || "/support";
  try {
    await signIn("staff", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirectTo: callbackUrl,
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: m.signIn.invalidCredentials };
    throw error; // the redirect after a successful sign-in
  }
}
