import "server-only";
import type { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { translateError } from "@/lib/i18n/translate-error";

/** A route's JSON answer for an expected error: its status, and its message in the caller's language. */
export const errorResponse = async (error: AppError, headers?: HeadersInit): Promise<Response> =>
  Response.json({ error: translateError(error, await getLocale()) }, { status: error.status, headers });
