import "server-only";
import { AppError } from "@/lib/errors";
import { scheduleStop } from "@/lib/server/agreements/schedule-stop";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import type { TStopOffer, TStopReason } from "@/lib/domain/stop-reasons";
import type { TServerContext } from "@/lib/server/context/server-context";
import { requireOwnAgreement } from "./require-own-agreement";

/**
 * The customer stops their subscription: at the end of the paid period (the default; later charges
 * are cancelled at Vipps now) or at once. Either way Vipps is told right away; STOPPED is final.
 * The reason from the fixed list, and the offer shown on the way, are recorded with the stop.
 */
export const stopSubscription = async (
  ctx: TServerContext,
  input: {
    agreementId: string;
    when: "PERIOD_END" | "NOW";
    reason?: string;
    reasonCode?: TStopReason;
    offerShown?: TStopOffer;
  },
) => {
  const agreement = await requireOwnAgreement(ctx, input.agreementId);
  const reason = input.reason?.trim() || undefined;
  const feedback = { reason: input.reasonCode ?? null, offerShown: input.offerShown ?? ("NONE" as const) };
  if (input.when === "PERIOD_END") {
    if (agreement.stopAt) throw new AppError("CONFLICT", "alreadyEnding");
    const result = await scheduleStop(ctx, { agreementId: agreement.id, reason, feedback });
    // Without a fixed interval there is no period to wait for: scheduleStop stopped it now.
    return "stopAt" in result
      ? { stoppedNow: false, stopAt: result.stopAt.toISOString() }
      : { stoppedNow: true, stopAt: null };
  }
  await stopAgreement(ctx, { agreementId: agreement.id, reason, cause: "CUSTOMER", feedback });
  return { stoppedNow: true, stopAt: null };
};
