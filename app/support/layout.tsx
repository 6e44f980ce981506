import type { ReactNode } from "react";
import { StaffShell } from "@/components/layout/staff-shell";
import { requireStaff } from "@/lib/auth/guards";

export default async function SupportLayout({ children }: { children: ReactNode }) {
  const user = await requireStaff("/support");
  return <StaffShell user={user}>{children}</StaffShell>;
}
