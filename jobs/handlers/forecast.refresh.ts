import { refreshForecast } from "@/lib/server/admin/dashboard/refresh-forecast";

export async function handle(): Promise<void> {
  await refreshForecast();
}
