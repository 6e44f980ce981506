import "server-only";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

/** The signed-in staff member as the actor of a change (the role decides what needs admin). */
export const staffActor = (user: {
  id: string;
  email: string;
  role: string;
}): Extract<TActor, { type: "STAFF" }> => {
  if (user.role !== "SUPPORT" && user.role !== "ADMIN") throw new AppError("NOT_FOUND", "Not found.");
  return { type: "STAFF", id: user.id, email: user.email, role: user.role };
};
