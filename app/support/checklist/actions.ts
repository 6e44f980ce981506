"use server";

import { adminAction } from "@/lib/actions/client";
import { revalidateAfter } from "@/lib/actions/revalidate-after";
import { translator } from "@/lib/i18n/translator";
import { ZRunChecklistInput } from "@/lib/schemas/support";
import { runChecklistVerification } from "@/lib/server/checklist/run-verification";

// Admin only: the verification creates agreements and moves (test) money for the merchant.
export const runChecklistAction = adminAction
  .metadata({ name: "support.run-checklist" })
  .inputSchema(ZRunChecklistInput)
  .action(({ parsedInput, ctx }) =>
    revalidateAfter("/support/checklist", async () => {
      const result = await runChecklistVerification(ctx.server, { salesUnitId: parsedInput.salesUnitId });
      return {
        runId: result.runId,
        status: result.status,
        message: translator(ctx.server.locale).m.support.checklist.done[result.status],
      };
    }),
  );
