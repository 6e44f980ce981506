import { resumeWaitingVerifications } from "@/lib/server/checklist/resume-waiting-verifications";

export async function handle(): Promise<void> {
  await resumeWaitingVerifications();
}
