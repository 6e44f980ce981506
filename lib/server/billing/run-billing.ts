import "server-only";
import { logger } from "@/lib/logger";
import { planDueCharges, type TPlanResult } from "./plan-due-charges";
import { sendPlannedCharges } from "./send-planned-charges";
import type { TSendOutcome } from "./send-charge-batch";
import { waitForAdvisoryLock, withAdvisoryLock } from "./with-advisory-lock";

const LOCK = "abo:billing.plan";
const HELP_SENDING_FOR_MS = 5 * 60_000;

/**
 * One billing run: plan what is due (one planner at a time across all workers; a second run
 * finds the lock taken and only sends), and send every PLANNED charge. Safe to repeat at any
 * moment: planning is keyed by period and sending by each charge's stored Idempotency-Key.
 */
export const runBilling = async (): Promise<{ planned: TPlanResult | null; sent: TSendOutcome }> => {
  let planningDone = false;
  // Sending starts as soon as the first batch is planned, and stops once planning is over and
  // nothing is left; when another worker is planning, this one helps send what it plans.
  const planning = withAdvisoryLock(LOCK, () => planDueCharges())
    .then(async (result) => {
      if (!result.ran) await waitForAdvisoryLock(LOCK, HELP_SENDING_FOR_MS);
      return result;
    })
    .finally(() => (planningDone = true));
  const [plan, sent] = await Promise.all([planning, sendPlannedCharges({ whilePlanning: () => !planningDone })]);
  const planned = plan.ran ? plan.value : null;
  if (planned?.planned || planned?.skipped) logger.info(planned, "billing periods planned");
  return { planned, sent };
};
