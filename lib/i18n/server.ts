import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLocale, negotiateLocale, type TLocale } from "./locales";
import { translator } from "./translator";

export const LOCALE_COOKIE = "abo-locale";

/** The visitor's language: their choice (cookie), else their browser's, else Norwegian. */
export const getLocale = cache(async (): Promise<TLocale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
});

export const getTranslator = cache(async () => translator(await getLocale()));
