import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/actor";
import type { TAdminActor } from "./admin-actor";
import { requireAnotherAdmin, staffMember } from "./staff-guards";

/** Makes a staff member a support agent or an admin; their sessions end, so they sign in again. */
export const changeStaffRole = async (input: {
  userId: string;
  role: "SUPPORT" | "ADMIN";
  actor: TAdminActor;
}) => {
  const user = await staffMember(input.userId, input.actor);
  if (user.role === input.role) return { role: input.role };
  if (user.role === "ADMIN" && !user.disabled) await requireAnotherAdmin(user.id);
  // Ends their sessions: they sign in again and get what the new role allows.
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, sessionVersion: { increment: 1 } },
    });
    await recordAudit(
      {
        actor: auditActor(input.actor),
        action: "staff.role-changed",
        target: { type: "user", id: user.id },
        before: { role: user.role },
        after: { role: input.role },
      },
      tx,
    );
  });
  return { role: input.role };
};
