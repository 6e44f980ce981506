import "server-only";
import { machineNow } from "@/lib/clock";
import { INVITE_PREFIX, hashInviteToken } from "@/lib/crypto/staff-invite-token";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * Who an invitation link is for, and for which merchant, or null when it is unknown, used or expired.
 * The invitee is not signed in, so their context is the system's (the installation's merchant), not
 * the inviter's: the merchant comes from the invited row, which inviteStaff gave the inviter's.
 * The expiry is the machine's clock, as inviteStaff set it.
 */
export const getInvite = async (
  _ctx: TServerContext,
  rawToken: string,
): Promise<{
  userId: string;
  email: string;
  name: string | null;
  role: string;
  merchantId: string | null;
} | null> => {
  const row = await db.verificationToken.findUnique({ where: { token: hashInviteToken(rawToken) } });
  if (!row || !row.identifier.startsWith(INVITE_PREFIX) || row.expires < machineNow()) return null;
  const user = await db.user.findUnique({
    where: { id: row.identifier.slice(INVITE_PREFIX.length) },
    select: { id: true, email: true, name: true, role: true, disabled: true, merchantId: true },
  });
  if (!user || user.disabled || user.role === "CUSTOMER") return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    merchantId: user.merchantId,
  };
};
