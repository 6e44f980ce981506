import "server-only";
import { machineMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { asActor, type TServerContext } from "@/lib/server/context/server-context";
import type { TChecklistRunStatus } from "./checklist-types";
import { RESUME_WITHIN_MS, runChecklistVerification } from "./run-verification";

export type TResumed =
  | { salesUnitId: string; runId: string; status: TChecklistRunStatus }
  | { salesUnitId: string; status: "NOT_RESUMED"; reason: string };

/**
 * Against the real test environment a verification waits for Vipps's charge batch on the due date.
 * This carries each waiting run on (the worker does it hourly), so it finishes without anyone
 * pressing "Run" again. A run someone is driving right now is left to them, and a sales unit that
 * can no longer be verified (moved to production, removed) is reported, not retried in a loop.
 * ctx.merchantId's runs, carried on as the system.
 */
export async function resumeWaitingVerifications(ctx: TServerContext): Promise<TResumed[]> {
  const waiting = await db.checklistRun.findMany({
    where: {
      status: "RUNNING",
      startedAt: { gt: new Date(machineMs() - RESUME_WITHIN_MS) },
      salesUnit: { merchantId: ctx.merchantId },
    },
    select: { salesUnitId: true },
    distinct: ["salesUnitId"],
  });
  const resumed: TResumed[] = [];
  for (const { salesUnitId } of waiting) {
    try {
      const result = await runChecklistVerification(asActor(ctx, { type: "SYSTEM" }), { salesUnitId });
      resumed.push({ salesUnitId, runId: result.runId, status: result.status });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      logger.warn(
        { salesUnitId, reason: error.message },
        "checklist: a waiting verification was not resumed",
      );
      resumed.push({ salesUnitId, status: "NOT_RESUMED", reason: error.message });
    }
  }
  if (resumed.length) logger.info({ resumed }, "checklist: waiting verifications resumed");
  return resumed;
}
