import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { headers } from "next/headers";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getCurrentUser, isStaff } from "@/lib/auth/current-user";
import { contextForUser } from "@/lib/auth/server-context";
import { getLocale } from "@/lib/i18n/server";
import { translateError } from "@/lib/i18n/translate-error";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { withRequestContext } from "@/lib/request-context";
import type { TProblem } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";

/** What a failed action returns to the browser: a message to show, and Vipps's problem as it came. */
export type TActionError = {
  code: string;
  message: string;
  fieldErrors?: Record<string, string>;
  problem?: TProblem;
};

/** A field that repeats the error's English message (a capture that is too late) says it translated too. */
const sameAtTheField = (fields: Record<string, string> | undefined, english: string, translated: string) =>
  fields &&
  Object.fromEntries(Object.entries(fields).map(([name, m]) => [name, m === english ? translated : m]));

// Every server action is built from these clients: input parsed with zod, the caller resolved and
// checked, a request id and a child logger in ctx. Unexpected errors are logged, never shown.
const baseClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  defaultValidationErrorsShape: "flattened",
  // The message in the caller's language: the one their server context was built with, else the
  // request's (a public action, or a refusal before the context was built).
  handleServerError: async (error, { metadata, ctx }): Promise<TActionError> => {
    const locale = (ctx as { server?: TServerContext }).server?.locale ?? (await getLocale());
    if (error instanceof AppError) {
      const message = translateError(error, locale);
      return {
        code: error.code,
        message,
        fieldErrors: sameAtTheField(error.details.fieldErrors, error.message, message),
        problem: error.details.problem,
      };
    }
    logger.error({ err: error, action: metadata?.name }, "server action failed");
    return { code: "INTERNAL", message: translateError({ key: "internal", params: {} }, locale) };
  },
}).use(async ({ next, metadata }) => {
  const requestId = (await headers()).get("x-request-id") ?? randomUUID();
  const user = await getCurrentUser();
  return withRequestContext({ requestId, actorId: user?.id }, () =>
    next({
      ctx: { requestId, user, log: logger.child({ action: metadata.name, requestId, userId: user?.id }) },
    }),
  );
});

export const publicAction = baseClient;

export const customerAction = baseClient.use(async ({ next, ctx }) => {
  const user = ctx.user;
  if (!user || user.role !== "CUSTOMER" || !user.customerId)
    throw new AppError("UNAUTHORIZED", "signInAgain");
  return next({
    ctx: { user, customerId: user.customerId, server: await contextForUser(user, await getLocale()) },
  });
});

export const staffAction = baseClient.use(async ({ next, ctx }) => {
  const user = ctx.user;
  if (!user) throw new AppError("UNAUTHORIZED", "signInAgain");
  if (!isStaff(user)) throw new AppError("NOT_FOUND", "notFound");
  return next({ ctx: { user, server: await contextForUser(user, await getLocale()) } });
});

export const adminAction = staffAction.use(async ({ next, ctx }) => {
  if (ctx.user.role !== "ADMIN") throw new AppError("FORBIDDEN", "needsAdminRole");
  return next({ ctx });
});
