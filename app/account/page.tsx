import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "My subscriptions" };

export default async function AccountPage() {
  await requireCustomer("/account");
  return <h1 className="text-2xl font-semibold">My subscriptions</h1>;
}
