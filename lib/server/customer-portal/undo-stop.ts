import "server-only";
import { undoScheduledStop } from "@/lib/server/agreements/undo-scheduled-stop";
import type { TServerContext } from "@/lib/server/context/server-context";
import { requireOwnAgreement } from "./require-own-agreement";

/** The customer takes back a stop planned for the end of the period; billing goes on as before. */
export const undoStop = async (ctx: TServerContext, input: { agreementId: string }) => {
  const agreement = await requireOwnAgreement(ctx, input.agreementId);
  await undoScheduledStop(ctx, { agreementId: agreement.id, reason: "Stop undone by the customer" });
  return { undone: true };
};
