import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";

export type TCurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: "CUSTOMER" | "SUPPORT" | "ADMIN";
  customerId: string | null;
};

/**
 * The signed-in user as the database sees them now (role changes and disabling take effect at
 * once, whatever the session cookie says). Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, customerId: true, disabled: true },
  });
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, customerId: user.customerId };
});

export const isStaff = (user: TCurrentUser | null): boolean =>
  user?.role === "SUPPORT" || user?.role === "ADMIN";
