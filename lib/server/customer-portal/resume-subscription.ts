import "server-only";
import { resumeAgreement } from "@/lib/server/agreements/pause-agreement";
import { requireOwnAgreement, type TCustomerRef } from "./require-own-agreement";

/** Ends a pause now: billing continues with the next period. */
export const resumeSubscription = async (who: TCustomerRef, input: { agreementId: string }) => {
  const { agreement, actor } = await requireOwnAgreement(who, input.agreementId);
  await resumeAgreement({ agreementId: agreement.id, actor });
  return { resumed: true };
};
