import { errorMessage, type AppError } from "@/lib/errors";
import { INTL_LOCALE, type TLocale } from "./locales";
import { MESSAGES } from "./translator";

/** An expected error's message in the reader's language (AppError.message stays English, for logs). */
export const translateError = (error: Pick<AppError, "key" | "params">, locale: TLocale): string =>
  errorMessage(MESSAGES[locale].errors, INTL_LOCALE[locale], error);
