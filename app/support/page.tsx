import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Support" };

export default async function SupportHomePage() {
  await requireStaff("/support");
  return <h1 className="text-2xl font-semibold">Support console</h1>;
}
