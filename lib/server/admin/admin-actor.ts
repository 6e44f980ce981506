import "server-only";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TAdminActor = Extract<TActor, { type: "STAFF" }>;

/** The context's admin as the actor of a change (audit log, checklist runs); anyone else is refused. */
export const adminActor = (ctx: TServerContext): TAdminActor => {
  const { actor } = ctx;
  if (actor.type !== "STAFF" || actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "needsAdminRole");
  return { type: "STAFF", id: actor.id, email: actor.email, role: "ADMIN" };
};
