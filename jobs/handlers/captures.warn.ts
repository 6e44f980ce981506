import { warnCaptureDeadlines } from "@/lib/server/billing/warn-capture-deadlines";

export async function handle(): Promise<void> {
  await warnCaptureDeadlines();
}
