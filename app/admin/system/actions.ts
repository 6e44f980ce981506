"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/client";
import { ZCheckTokensInput, ZRetryJobInput } from "@/lib/schemas/system";
import { checkVippsTokens } from "@/lib/server/system/check-vipps-tokens";
import { retryFailedJob } from "@/lib/server/system/retry-failed-job";

export const retryFailedJobAction = adminAction
  .metadata({ name: "retryFailedJob" })
  .inputSchema(ZRetryJobInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await retryFailedJob(ctx.server, parsedInput);
    revalidatePath("/admin/system");
    revalidatePath("/support/work");
    return result;
  });

export const checkVippsTokensAction = adminAction
  .metadata({ name: "checkVippsTokens" })
  .inputSchema(ZCheckTokensInput)
  .action(async ({ ctx }) => {
    const results = await checkVippsTokens(ctx.server);
    revalidatePath("/admin/onboarding");
    return results;
  });
