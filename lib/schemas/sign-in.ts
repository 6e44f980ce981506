import { z } from "zod";
import type { TFormErrorKey } from "./form-errors";
import { storableText } from "./text";

// The sign-in forms' inputs. Field messages are keys the forms look up in m.signIn.

/** Where to go after signing in: a local path, else nothing (the action picks the home). */
const ZCallbackUrl = z
  .string()
  .regex(/^\/(?!\/)[\w\-./?=&%]*$/, "a local path")
  .catch("");

const email = () =>
  storableText("invalidEmail" satisfies TFormErrorKey)
    .trim()
    .max(254, "invalidEmail")
    .pipe(z.email("invalidEmail"));

/** Customers: the address to mail a one-time link to. */
export const ZSendSignInLinkInput = z.object({ email: email(), callbackUrl: ZCallbackUrl });

/** The check-email page's "send again": the address the page shows (it must be the one typed). */
export const ZResendSignInLinkInput = z.object({ email: storableText().max(254) });

/** Staff: email and password, checked by Auth.js (rate-limited in lib/auth.ts). */
export const ZStaffSignInInput = z.object({
  email: storableText().max(254),
  password: storableText().max(1000),
  callbackUrl: ZCallbackUrl,
});
