import "server-only";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/server/error-response";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getCurrentUser, isStaff, type TCurrentUser } from "./current-user";
import { requestServerContext } from "./server-context";

/**
 * For GET routes of the support console: 401 for anonymous callers, 404 for everyone but staff;
 * staff get their server context (their merchant) with it.
 */
export const authorizeStaffRequest = async (): Promise<
  { user: TCurrentUser; ctx: TServerContext } | { response: Response }
> => {
  const user = await getCurrentUser();
  if (!user) return { response: await errorResponse(new AppError("UNAUTHORIZED", "signInFirst")) };
  if (!isStaff(user)) return { response: await errorResponse(new AppError("NOT_FOUND", "notFound")) };
  return { user, ctx: await requestServerContext() };
};
