import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/actor";
import type { TAdminActor } from "./admin-actor";
import { requireAnotherAdmin, staffMember } from "./staff-guards";

/** Makes a staff member a support agent or an admin (effective on their next request). */
export const changeStaffRole = async (input: {
  userId: string;
  role: "SUPPORT" | "ADMIN";
  actor: TAdminActor;
}) => {
  const user = await staffMember(input.userId, input.actor);
  if (user.role === input.role) return { role: input.role };
  if (user.role === "ADMIN" && !user.disabled) await requireAnotherAdmin(user.id);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
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
