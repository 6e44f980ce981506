import "server-only";
import { runChecklistVerification } from "@/lib/server/checklist/run-verification";
import type { TAdminActor } from "./admin-actor";
import { buildContext } from "@/lib/server/context/build-context";

/** The go-live verification against a test sales unit (runChecklistVerification), summed up for the wizard. */
export const runGoLiveCheck = async (input: { salesUnitId: string; actor: TAdminActor }) => {
  const result = await runChecklistVerification(await buildContext({ actor: input.actor }), {
    salesUnitId: input.salesUnitId,
  });
  return {
    runId: result.runId,
    status: result.status,
    steps: result.steps.map((s) => ({
      key: s.key,
      title: s.title,
      status: s.status,
      endState: s.endState ?? null,
      detail: s.detail ?? null,
    })),
  };
};
