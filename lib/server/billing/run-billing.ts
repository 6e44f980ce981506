import "server-only";
import { machineMs } from "@/lib/clock";
import { logger } from "@/lib/logger";
import type { TServerContext } from "@/lib/server/context/server-context";
import { planDueCharges, type TPlanResult } from "./plan-due-charges";
import { sendPlannedCharges } from "./send-planned-charges";
import type { TSendOutcome } from "./send-charge-batch";
import { withAdvisoryLock } from "@/lib/server/with-advisory-lock";

const LOCK = "abo:billing.plan";
const WAIT_FOR_PLANNER_MS = 5 * 60_000;

/**
 * One billing run: plan what is due (one planner at a time across all workers: a second run waits
 * for the lock, sending what the first plans meanwhile, then plans what is left, usually nothing),
 * and send every PLANNED charge. Safe to repeat at any moment: planning is keyed by period and
 * sending by each charge's stored Idempotency-Key. Planning happens at `ctx.now`, the run's moment
 * (sending takes a fresh now per batch, see sendPlannedCharges).
 */
export const runBilling = async (
  ctx: TServerContext,
): Promise<{ planned: TPlanResult | null; sent: TSendOutcome }> => {
  let planningDone = false;
  // Sending starts as soon as the first batch is planned, and stops once planning is over and
  // nothing is left; when another worker is planning, this one helps send what it plans.
  const planning = planWhenFree(ctx).finally(() => (planningDone = true));
  const [plan, sent] = await Promise.all([
    planning,
    sendPlannedCharges(ctx, { whilePlanning: () => !planningDone }),
  ]);
  const planned = plan.ran ? plan.value : null;
  if (planned?.planned || planned?.skipped) logger.info(planned, "billing periods planned");
  return { planned, sent };
};

async function planWhenFree(
  ctx: TServerContext,
): Promise<{ ran: true; value: TPlanResult } | { ran: false }> {
  const deadline = machineMs() + WAIT_FOR_PLANNER_MS;
  for (;;) {
    const result = await withAdvisoryLock(LOCK, () => planDueCharges(ctx));
    if (result.ran || machineMs() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
