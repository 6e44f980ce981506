import "server-only";
import { machineNow } from "@/lib/clock";
import { hashPassword } from "@/lib/auth/password";
import { hashInviteToken } from "@/lib/crypto/staff-invite-token";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getInvite } from "./get-invite";

/**
 * Sets the invited person's password and uses the link up; it cannot be used twice. The invitee is
 * not signed in yet (the context is the system's): the audit names them, as the link says who they are,
 * and they join the invite's merchant (the inviter's), not the context's.
 */
export const acceptInvite = async (
  ctx: TServerContext,
  input: { token: string; name: string; password: string },
): Promise<{ email: string; role: string }> => {
  const invite = await getInvite(ctx, input.token);
  if (!invite) throw new AppError("NOT_FOUND", "inviteUsedOrExpired");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const used = await tx.verificationToken.deleteMany({ where: { token: hashInviteToken(input.token) } });
    if (used.count === 0) throw new AppError("NOT_FOUND", "inviteUsedOrExpired");
    await tx.user.update({
      where: { id: invite.userId },
      data: {
        name: input.name,
        passwordHash,
        emailVerified: machineNow(),
        merchantId: invite.merchantId ?? ctx.merchantId,
      },
    });
    await recordAudit(
      ctx,
      {
        actor: { type: "STAFF", id: invite.userId, email: invite.email },
        action: "staff.invite-accepted",
        target: { type: "user", id: invite.userId },
      },
      tx,
    );
  });
  return { email: invite.email, role: invite.role };
};
