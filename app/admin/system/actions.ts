"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/client";
import { ZCheckTokensInput, ZRetryJobInput } from "@/lib/schemas/system";
import { adminActor } from "@/lib/server/admin/admin-actor";
import { checkVippsTokens } from "@/lib/server/system/check-vipps-tokens";
import { retryFailedJob } from "@/lib/server/system/retry-failed-job";

export const retryFailedJobAction = adminAction
  .metadata({ name: "retryFailedJob" })
  .inputSchema(ZRetryJobInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await retryFailedJob({ ...parsedInput, actor: adminActor(ctx.server) });
    revalidatePath("/admin/system");
    revalidatePath("/support/work");
    return result;
  });

export const checkVippsTokensAction = adminAction
  .metadata({ name: "checkVippsTokens" })
  .inputSchema(ZCheckTokensInput)
  .action(async ({ ctx }) => {
    const results = await checkVippsTokens({ actor: adminActor(ctx.server) });
    revalidatePath("/admin/onboarding");
    return results;
  });
