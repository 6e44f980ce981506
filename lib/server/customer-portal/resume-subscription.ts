import "server-only";
import { resumeAgreement } from "@/lib/server/agreements/pause-agreement";
import type { TServerContext } from "@/lib/server/context/server-context";
import { requireOwnAgreement } from "./require-own-agreement";

/** Ends a pause now: billing continues with the next period. */
export const resumeSubscription = async (ctx: TServerContext, input: { agreementId: string }) => {
  const agreement = await requireOwnAgreement(ctx, input.agreementId);
  await resumeAgreement(ctx, { agreementId: agreement.id });
  return { resumed: true };
};
