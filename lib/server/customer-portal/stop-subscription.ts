import "server-only";
import { AppError } from "@/lib/errors";
import { scheduleStop } from "@/lib/server/agreements/schedule-stop";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import { requireOwnAgreement, type TCustomerRef } from "./require-own-agreement";

/**
 * The customer stops their subscription: at the end of the paid period (the default; later charges
 * are cancelled at Vipps now) or at once. Either way Vipps is told right away; STOPPED is final.
 */
export const stopSubscription = async (
  who: TCustomerRef,
  input: { agreementId: string; when: "PERIOD_END" | "NOW"; reason?: string },
) => {
  const { agreement, actor } = await requireOwnAgreement(who, input.agreementId);
  const reason = input.reason?.trim() || undefined;
  if (input.when === "PERIOD_END") {
    if (agreement.stopAt) throw new AppError("CONFLICT", "This subscription is already set to end.");
    const result = await scheduleStop({ agreementId: agreement.id, reason, actor });
    // Without a fixed interval there is no period to wait for: scheduleStop stopped it now.
    return "stopAt" in result
      ? { stoppedNow: false, stopAt: result.stopAt.toISOString() }
      : { stoppedNow: true, stopAt: null };
  }
  await stopAgreement({ agreementId: agreement.id, reason, actor, cause: "CUSTOMER" });
  return { stoppedNow: true, stopAt: null };
};
