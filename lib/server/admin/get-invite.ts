import "server-only";
import { machineNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { INVITE_PREFIX, hashInviteToken } from "./staff-invite-token";

/** Who an invitation link is for, or null when it is unknown, used or expired. */
export const getInvite = async (
  rawToken: string,
): Promise<{ userId: string; email: string; name: string | null; role: string } | null> => {
  const row = await db.verificationToken.findUnique({ where: { token: hashInviteToken(rawToken) } });
  if (!row || !row.identifier.startsWith(INVITE_PREFIX) || row.expires < machineNow()) return null;
  const user = await db.user.findUnique({
    where: { id: row.identifier.slice(INVITE_PREFIX.length) },
    select: { id: true, email: true, name: true, role: true, disabled: true },
  });
  if (!user || user.disabled || user.role === "CUSTOMER") return null;
  return { userId: user.id, email: user.email, name: user.name, role: user.role };
};
