import "server-only";
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
  if (!user) return { response: Response.json({ error: "Sign in first." }, { status: 401 }) };
  if (!isStaff(user)) return { response: Response.json({ error: "Not found." }, { status: 404 }) };
  return { user, ctx: await requestServerContext() };
};
