import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * Where a staff member lands after signing in without a page to return to: admins on the
 * dashboard, support agents on the support home. Read before the password is checked, but only
 * used as the target of the redirect that follows a successful sign-in, so it tells nobody anything.
 * Addresses are unique across the installation, so the address alone finds the person; the visitor's
 * context is not (yet) their merchant's, so it scopes nothing here.
 */
export const staffHome = async (_ctx: TServerContext, email: string): Promise<"/admin" | "/support"> => {
  const admin = await db.user.findFirst({
    where: { email: email.trim().toLowerCase(), role: "ADMIN", disabled: false },
    select: { id: true },
  });
  return admin ? "/admin" : "/support";
};
