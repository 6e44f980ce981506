import "server-only";
import { undoScheduledStop } from "@/lib/server/agreements/undo-scheduled-stop";
import { requireOwnAgreement, type TCustomerRef } from "./require-own-agreement";

/** The customer takes back a stop planned for the end of the period; billing goes on as before. */
export const undoStop = async (who: TCustomerRef, input: { agreementId: string }) => {
  const { agreement, actor } = await requireOwnAgreement(who, input.agreementId);
  await undoScheduledStop({ agreementId: agreement.id, actor, reason: "Stop undone by the customer" });
  return { undone: true };
};
