import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminHomePage() {
  await requireAdmin("/admin");
  return <h1 className="text-2xl font-semibold">Merchant dashboard</h1>;
}
