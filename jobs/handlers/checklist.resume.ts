import { systemContext } from "@/lib/server/context/build-context";
import { resumeWaitingVerifications } from "@/lib/server/checklist/resume-waiting-verifications";

export async function handle(): Promise<void> {
  await resumeWaitingVerifications(await systemContext());
}
