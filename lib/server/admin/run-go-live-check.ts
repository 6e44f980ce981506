import "server-only";
import { runChecklistVerification } from "@/lib/server/checklist/run-verification";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";

/**
 * The go-live verification against a test sales unit of the context's merchant
 * (runChecklistVerification), summed up for the wizard; another merchant's unit is not found.
 */
export const runGoLiveCheck = async (ctx: TServerContext, input: { salesUnitId: string }) => {
  adminActor(ctx); // refuses anyone but an admin
  const unit = await db.salesUnit.findFirst({
    where: { id: input.salesUnitId, merchantId: ctx.merchantId },
    select: { id: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "theSalesUnitWasNotFound");
  const result = await runChecklistVerification(ctx, { salesUnitId: unit.id });
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
