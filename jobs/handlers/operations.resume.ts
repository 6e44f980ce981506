import { systemContext } from "@/lib/server/context/build-context";
import { resumeOperations } from "@/lib/server/operations/resume-operations";

export async function handle(): Promise<void> {
  await resumeOperations(await systemContext());
}
