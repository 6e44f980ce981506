import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";
import { requireAnotherAdmin, staffMember } from "./staff-guards";

/** Makes a staff member a support agent or an admin; their sessions end, so they sign in again. */
export const changeStaffRole = async (
  ctx: TServerContext,
  input: { userId: string; role: "SUPPORT" | "ADMIN" },
) => {
  adminActor(ctx); // admins only: refuses anyone else
  const user = await staffMember(ctx, input.userId);
  if (user.role === input.role) return { role: input.role };
  if (user.role === "ADMIN" && !user.disabled) await requireAnotherAdmin(ctx, user.id);
  // Ends their sessions: they sign in again and get what the new role allows.
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, sessionVersion: { increment: 1 } },
    });
    await recordAudit(
      ctx,
      {
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
