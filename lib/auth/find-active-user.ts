import "server-only";
import { db } from "@/lib/db";

export type TCurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: "CUSTOMER" | "SUPPORT" | "ADMIN";
  customerId: string | null;
  /** A staff member's merchant; null for customers (theirs is their Customer's). */
  merchantId: string | null;
};

/**
 * The user with this id unless they are disabled or gone, or the session was ended on the server
 * (signed out, disabled, role changed: its sessionVersion is behind the user's). Read on every
 * page and action, so it is one plain statement: through findUnique it costs about four times the CPU.
 */
export async function findActiveUser(id: string, sessionVersion: number): Promise<TCurrentUser | null> {
  const [user] = await db.$queryRaw<(TCurrentUser & { disabled: boolean; sessionVersion: number })[]>`
    SELECT id, email, name, role, "customerId", "merchantId", disabled, "sessionVersion"
    FROM "User" WHERE id = ${id}`;
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    customerId: user.customerId,
    merchantId: user.merchantId,
  };
}
