import { resumeOperations } from "@/lib/server/operations/resume-operations";

export async function handle(): Promise<void> {
  await resumeOperations();
}
