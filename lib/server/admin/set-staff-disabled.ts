import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";
import { requireAnotherAdmin, staffMember } from "./staff-guards";

/** Disables or re-enables a staff member; a disabled account is signed out on its next request. */
export const setStaffDisabled = async (ctx: TServerContext, input: { userId: string; disabled: boolean }) => {
  adminActor(ctx); // admins only: refuses anyone else
  const user = await staffMember(ctx, input.userId);
  if (user.disabled === input.disabled) return { disabled: input.disabled };
  if (input.disabled && user.role === "ADMIN") await requireAnotherAdmin(ctx, user.id);
  // Ends their sessions on the server too (lib/auth/find-active-user.ts).
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { disabled: input.disabled, sessionVersion: { increment: 1 } },
    });
    await recordAudit(
      ctx,
      {
        action: input.disabled ? "staff.disabled" : "staff.enabled",
        target: { type: "user", id: user.id },
      },
      tx,
    );
  });
  return { disabled: input.disabled };
};
