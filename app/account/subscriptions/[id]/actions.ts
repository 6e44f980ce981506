"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/actions/client";
import {
  ZChangeAmountInput,
  ZChangePlanInput,
  ZPauseSubscriptionInput,
  ZPreviewPlanChangeInput,
  ZResumeSubscriptionInput,
  ZStopSubscriptionInput,
} from "@/lib/schemas/account";
import { changeAmount } from "@/lib/server/customer-portal/change-amount";
import { changePlan } from "@/lib/server/customer-portal/change-plan";
import { pauseSubscription } from "@/lib/server/customer-portal/pause-subscription";
import { previewPause } from "@/lib/server/customer-portal/preview-pause";
import { previewPlanChange } from "@/lib/server/customer-portal/preview-plan-change";
import { resumeSubscription } from "@/lib/server/customer-portal/resume-subscription";
import { stopSubscription } from "@/lib/server/customer-portal/stop-subscription";

// Each action: the customer from the session, one lib/server call (which checks that the agreement
// is theirs, in its `where`), then the account pages are re-rendered.
type TCtx = { user: { id: string; email: string }; customerId: string };
const who = (ctx: TCtx) => ({ userId: ctx.user.id, customerId: ctx.customerId, email: ctx.user.email });
const refresh = () => revalidatePath("/account", "layout");

export const stopSubscriptionAction = customerAction
  .metadata({ name: "stopSubscription" })
  .inputSchema(ZStopSubscriptionInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await stopSubscription(who(ctx), parsedInput);
    refresh();
    return result;
  });

export const pauseSubscriptionAction = customerAction
  .metadata({ name: "pauseSubscription" })
  .inputSchema(ZPauseSubscriptionInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await pauseSubscription(who(ctx), parsedInput);
    refresh();
    return result;
  });

/** Reads only: the next payment a pause would leave, for the confirm step. */
export const previewPauseAction = customerAction
  .metadata({ name: "previewPause" })
  .inputSchema(ZPauseSubscriptionInput.pick({ agreementId: true, until: true }))
  .action(async ({ parsedInput, ctx }) => previewPause(who(ctx), parsedInput));

export const resumeSubscriptionAction = customerAction
  .metadata({ name: "resumeSubscription" })
  .inputSchema(ZResumeSubscriptionInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await resumeSubscription(who(ctx), parsedInput);
    refresh();
    return result;
  });

export const changePlanAction = customerAction
  .metadata({ name: "changePlan" })
  .inputSchema(ZChangePlanInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changePlan(who(ctx), parsedInput);
    refresh();
    return result;
  });

/** Reads only: the next three charges a change of plan would leave, for the confirm step. */
export const previewPlanChangeAction = customerAction
  .metadata({ name: "previewPlanChange" })
  .inputSchema(ZPreviewPlanChangeInput)
  .action(async ({ parsedInput, ctx }) => previewPlanChange(who(ctx), parsedInput));

export const changeAmountAction = customerAction
  .metadata({ name: "changeAmount" })
  .inputSchema(ZChangeAmountInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeAmount(who(ctx), parsedInput);
    refresh();
    return result;
  });
