"use server";

import { cookies } from "next/headers";
import { publicAction } from "@/lib/actions/client";
import { LOCALE_COOKIE } from "@/lib/i18n/server";
import { ZSetLocaleInput } from "@/lib/schemas/account";

/** The visitor's choice of language, kept in a cookie for a year (the page re-renders in it). */
export const setLocaleAction = publicAction
  .metadata({ name: "setLocale" })
  .inputSchema(ZSetLocaleInput)
  .action(async ({ parsedInput }) => {
    (await cookies()).set(LOCALE_COOKIE, parsedInput.locale, {
      path: "/",
      maxAge: 365 * 24 * 60 * 60,
      sameSite: "lax",
    });
    return { locale: parsedInput.locale };
  });
