import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";

// The address this browser last typed (at sign-up or sign-in), so the sign-in page can fill it in
// and the check-email page can name it and send the link again. It is only what this browser
// typed itself: it proves nothing and is never used to decide whose account anything is.
const NAME = "abo_typed_email";
const ZTyped = z.object({
  email: z.email().max(254),
  callbackUrl: z
    .string()
    .regex(/^\/(?!\/)[\w\-./?=&%]*$/)
    .max(500)
    .optional(),
});
export type TTypedEmail = z.infer<typeof ZTyped>;

export const rememberTypedEmail = async (typed: TTypedEmail): Promise<void> => {
  (await cookies()).set(NAME, JSON.stringify(typed), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https:"),
    path: "/",
    maxAge: 60 * 60,
  });
};

export const readTypedEmail = async (): Promise<TTypedEmail | null> => {
  const raw = (await cookies()).get(NAME)?.value;
  if (!raw) return null;
  try {
    const parsed = ZTyped.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};
