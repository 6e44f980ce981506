import "server-only";
import { db } from "@/lib/db";

export type TCurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: "CUSTOMER" | "SUPPORT" | "ADMIN";
  customerId: string | null;
  /** The merchant a user belongs to: a staff member's own, a customer's their Customer's. */
  merchantId: string | null;
};

/**
 * The user with this id unless they are disabled or gone, or the session was ended on the server
 * (signed out, disabled, role changed: its sessionVersion is behind the user's). Read on every
 * page and action, so it is one plain statement: through findUnique it costs about four times the CPU.
 */
export async function findActiveUser(id: string, sessionVersion: number): Promise<TCurrentUser | null> {
  const [user] = await db.$queryRaw<(TCurrentUser & { disabled: boolean; sessionVersion: number })[]>`
    SELECT u.id, u.email, u.name, u.role, u."customerId", COALESCE(u."merchantId", c."merchantId") AS "merchantId",
      u.disabled, u."sessionVersion"
    FROM "User" u LEFT JOIN "Customer" c ON c.id = u."customerId" WHERE u.id = ${id}`;
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
