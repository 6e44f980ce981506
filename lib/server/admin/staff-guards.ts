import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";

// Role changes and disabling end the person's sessions (their sessionVersion is bumped; getCurrentUser
// refuses older cookies). Nobody changes their own account here, and one enabled admin always remains.
// Staff belong to a merchant: another merchant's staff member is as missing as one that never was.

export async function staffMember(ctx: TServerContext, userId: string) {
  if (userId === adminActor(ctx).id) throw new AppError("CONFLICT", "cannotChangeOwnAccount");
  const user = await db.user.findUnique({
    where: { id: userId, merchantId: ctx.merchantId },
    select: { id: true, role: true, disabled: true },
  });
  if (!user || user.role === "CUSTOMER") throw new AppError("NOT_FOUND", "staffMemberNotFound");
  return user;
}

/** Another enabled admin of the context's merchant: another merchant's admins cannot run this one. */
export async function requireAnotherAdmin(ctx: TServerContext, userId: string) {
  const others = await db.user.count({
    where: { merchantId: ctx.merchantId, role: "ADMIN", disabled: false, id: { not: userId } },
  });
  if (others === 0) throw new AppError("CONFLICT", "needsOneAdmin");
}
