import "server-only";
import { getCurrentUser, isStaff, type TCurrentUser } from "@/lib/auth/current-user";

/** For GET routes of the support console: 401 for anonymous callers, 404 for everyone but staff. */
export const authorizeStaffRequest = async (): Promise<{ user: TCurrentUser } | { response: Response }> => {
  const user = await getCurrentUser();
  if (!user) return { response: Response.json({ error: "Sign in first." }, { status: 401 }) };
  if (!isStaff(user)) return { response: Response.json({ error: "Not found." }, { status: 404 }) };
  return { user };
};
