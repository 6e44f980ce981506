import type { ReactNode } from "react";
import { StaffShell } from "@/components/layout/staff-shell";
import { requireAdmin } from "@/lib/auth/guards";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireAdmin("/admin");
  return <StaffShell user={user}>{children}</StaffShell>;
}
