import "server-only";
import { asActor } from "@/lib/server/context/server-context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { TActor } from "@/lib/server/actor";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import type { TServerContext } from "@/lib/server/context/server-context";

const SYSTEM: TActor = { type: "SYSTEM" };

export const END_REASON =
  "The go-live verification has ended: its test agreement is stopped so nothing bills it";

/**
 * Stops the go-live verification's test agreements of a sales unit that are still ACTIVE, once a run
 * has ended (its ACTIVE end state is already recorded as evidence, and the STOPPED one is evidence
 * anyway). Left active, Vipps would show a live subscription for a test user. A refusal or an outage
 * is logged and the agreement left to the next run's end: the verification's result stands.
 * Only ctx.merchantId's agreements; stopped as the system, whoever ran the verification.
 */
export const endTestAgreements = async (ctx: TServerContext, salesUnitId: string): Promise<string[]> => {
  const active = await db.agreement.findMany({
    where: { salesUnitId, merchantId: ctx.merchantId, isTest: true, status: "ACTIVE" },
    select: { id: true },
  });
  const stopped: string[] = [];
  for (const { id } of active) {
    try {
      // Abo cleans up its own test data (as SYSTEM: a support agent's run must not need the admin's stop right).
      await stopAgreement(asActor(ctx, SYSTEM), {
        agreementId: id,
        reason: END_REASON,
        cause: "STAFF",
      });
      stopped.push(id);
    } catch (error) {
      const reason = error instanceof AppError ? error.message : String(error);
      logger.warn({ err: error, agreementId: id, reason }, "checklist: a test agreement was not stopped");
    }
  }
  return stopped;
};
