import { compactDashboard } from "@/lib/server/admin/dashboard/compact-dashboard";

export async function handle(): Promise<void> {
  await compactDashboard();
}
