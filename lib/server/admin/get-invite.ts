import "server-only";
import { machineNow } from "@/lib/clock";
import { INVITE_PREFIX, hashInviteToken } from "@/lib/crypto/staff-invite-token";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * Who an invitation link is for, or null when it is unknown, used or expired. Staff accounts belong
 * to the installation, not to one merchant (User has no merchant), so the context scopes nothing here;
 * the expiry is the machine's clock, as inviteStaff set it.
 */
export const getInvite = async (
  _ctx: TServerContext,
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
