import "server-only";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

export type TAdminActor = Extract<TActor, { type: "STAFF" }>;

/** The signed-in admin as the actor of a change (audit log, checklist runs). */
export const adminActor = (user: { id: string; email: string; role: string }): TAdminActor => {
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", "This needs the admin role.");
  return { type: "STAFF", id: user.id, email: user.email, role: "ADMIN" };
};
