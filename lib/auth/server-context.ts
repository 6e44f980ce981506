import "server-only";
import { cache } from "react";
import { getLocale } from "@/lib/i18n/server";
import type { TActor } from "@/lib/server/actor";
import { buildContext } from "@/lib/server/context/build-context";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getCurrentUser, isStaff, type TCurrentUser } from "./current-user";
import { requireAdmin, requireCustomer, requireStaff } from "./guards";

/** The actor a signed-in user acts as; anonymous visitors act through the system (sign-up, sign-in). */
export function actorOf(user: TCurrentUser | null): TActor {
  if (user && isStaff(user))
    return { type: "STAFF", id: user.id, email: user.email, role: user.role as "SUPPORT" | "ADMIN" };
  if (user?.role === "CUSTOMER" && user.customerId)
    return { type: "CUSTOMER", id: user.id, customerId: user.customerId, email: user.email };
  return { type: "SYSTEM" };
}

/**
 * A staff member's merchant is their own, a customer's their Customer's (both read by findActiveUser
 * in its one statement). Staff without one (none should remain after the staff-merchant migration's
 * backfill, but a row written around the app could) and visitors get the installation's: null here
 * lets buildContext fall back, rather than no context.
 */
const merchantIdOf = (user: TCurrentUser | null): string | null =>
  user && (isStaff(user) || user.customerId) ? user.merchantId : null;

/** The server context of this request (page, action or route), built once and cached per request. */
export const requestServerContext = cache(async (): Promise<TServerContext> => {
  const user = await getCurrentUser();
  return contextForUser(user, await getLocale());
});

export async function contextForUser(user: TCurrentUser | null, locale?: TServerContext["locale"]) {
  return buildContext({ actor: actorOf(user), merchantId: merchantIdOf(user), locale });
}

// The page guards of lib/auth/guards.ts, also handing the page its context.

export async function requireStaffContext(callbackUrl: string) {
  const user = await requireStaff(callbackUrl);
  return { user, ctx: await requestServerContext() };
}

export async function requireAdminContext(callbackUrl: string) {
  const user = await requireAdmin(callbackUrl);
  return { user, ctx: await requestServerContext() };
}

export async function requireCustomerContext(callbackUrl: string) {
  const user = await requireCustomer(callbackUrl);
  return { user, ctx: await requestServerContext() };
}
