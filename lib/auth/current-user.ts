import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { findActiveUser, type TCurrentUser } from "./find-active-user";

export type { TCurrentUser } from "./find-active-user";

/**
 * The signed-in user as the database sees them now (role changes and disabling take effect at
 * once, whatever the session cookie says). Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const id = (await auth())?.user?.id;
  return id ? findActiveUser(id) : null;
});

export const isStaff = (user: TCurrentUser | null): boolean =>
  user?.role === "SUPPORT" || user?.role === "ADMIN";
