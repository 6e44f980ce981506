import "server-only";
import type { Session } from "next-auth";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { findActiveUser, type TCurrentUser } from "./find-active-user";

export type { TCurrentUser } from "./find-active-user";

/**
 * The signed-in user as the database sees them now (role changes and disabling take effect at
 * once, whatever the session cookie says). Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => sessionUser(await auth()));

/** The user a decoded session stands for, or null when it was ended on the server. */
export const sessionUser = (session: Session | null): Promise<TCurrentUser | null> | null => {
  const id = session?.user?.id;
  // Sessions minted before session versions existed carry none: they count as version 0.
  return id ? findActiveUser(id, session.sessionVersion ?? 0) : null;
};

export const isStaff = (user: TCurrentUser | null): boolean =>
  user?.role === "SUPPORT" || user?.role === "ADMIN";
