import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";

// Role changes and disabling end the person's sessions (their sessionVersion is bumped; getCurrentUser
// refuses older cookies). Nobody changes their own account here, and one enabled admin always remains.
// Staff accounts belong to the installation (User has no merchant): the context brings the admin.

export async function staffMember(ctx: TServerContext, userId: string) {
  if (userId === adminActor(ctx).id) throw new AppError("CONFLICT", "cannotChangeOwnAccount");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, disabled: true },
  });
  if (!user || user.role === "CUSTOMER") throw new AppError("NOT_FOUND", "staffMemberNotFound");
  return user;
}

export async function requireAnotherAdmin(_ctx: TServerContext, userId: string) {
  const others = await db.user.count({ where: { role: "ADMIN", disabled: false, id: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", "needsOneAdmin");
}
