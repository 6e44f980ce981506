import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * Ends every session of this user on the server: sessions are JWTs carrying the user's
 * sessionVersion, and one issued before this bump is refused (lib/auth/find-active-user.ts).
 * Disabling and role changes bump it in the same update as the change itself. Sign-ins belong to
 * the installation, not to a merchant (users have none), so the context scopes nothing here.
 */
export const endSessions = async (_ctx: TServerContext, userId: string): Promise<void> => {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
};
