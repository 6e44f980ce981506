import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser, isStaff, type TCurrentUser } from "@/lib/auth/current-user";

// Page guards. Anonymous visitors are sent to sign in; signed-in users without the right role get
// a plain 404, so staff pages reveal nothing to customers.

export async function requireCustomer(callbackUrl: string): Promise<TCurrentUser & { customerId: string }> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (user.role !== "CUSTOMER" || !user.customerId) notFound();
  return user as TCurrentUser & { customerId: string };
}

export async function requireStaff(callbackUrl: string): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/staff/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!isStaff(user)) notFound();
  return user;
}

export async function requireAdmin(callbackUrl: string): Promise<TCurrentUser> {
  const user = await requireStaff(callbackUrl);
  if (user.role !== "ADMIN") notFound();
  return user;
}
