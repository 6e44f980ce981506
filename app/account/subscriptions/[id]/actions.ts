"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/actions/client";
import {
  ZAcceptStopOfferInput,
  ZChangeAmountInput,
  ZChangePlanInput,
  ZPauseSubscriptionInput,
  ZPreviewPlanChangeInput,
  ZResumeSubscriptionInput,
  ZStopOfferInput,
  ZStopSubscriptionInput,
  ZUndoStopInput,
} from "@/lib/schemas/account";
import { acceptStopOffer } from "@/lib/server/customer-portal/accept-stop-offer";
import { getStopOffer } from "@/lib/server/customer-portal/get-stop-offer";
import { undoStop } from "@/lib/server/customer-portal/undo-stop";
import { changeAmount } from "@/lib/server/customer-portal/change-amount";
import { changePlan } from "@/lib/server/customer-portal/change-plan";
import { pauseSubscription } from "@/lib/server/customer-portal/pause-subscription";
import { previewPause } from "@/lib/server/customer-portal/preview-pause";
import { previewPlanChange } from "@/lib/server/customer-portal/preview-plan-change";
import { resumeSubscription } from "@/lib/server/customer-portal/resume-subscription";
import { stopSubscription } from "@/lib/server/customer-portal/stop-subscription";

// Each action: the customer's context from the session, one lib/server call (which checks that the
// agreement is theirs, in its `where`), then the account pages are re-rendered.
const refresh = () => revalidatePath("/account", "layout");

export const stopSubscriptionAction = customerAction
  .metadata({ name: "stopSubscription" })
  .inputSchema(ZStopSubscriptionInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await stopSubscription(ctx.server, parsedInput);
    refresh();
    return result;
  });

/** Reads only: what the product offers instead of stopping, asked once per stop attempt. */
export const stopOfferAction = customerAction
  .metadata({ name: "stopOffer" })
  .inputSchema(ZStopOfferInput)
  .action(async ({ parsedInput, ctx }) => ({
    offer: await getStopOffer(ctx.server, parsedInput),
  }));

export const acceptStopOfferAction = customerAction
  .metadata({ name: "acceptStopOffer" })
  .inputSchema(ZAcceptStopOfferInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await acceptStopOffer(ctx.server, parsedInput);
    refresh();
    return result;
  });

export const undoStopAction = customerAction
  .metadata({ name: "undoStop" })
  .inputSchema(ZUndoStopInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await undoStop(ctx.server, parsedInput);
    refresh();
    return result;
  });

export const pauseSubscriptionAction = customerAction
  .metadata({ name: "pauseSubscription" })
  .inputSchema(ZPauseSubscriptionInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await pauseSubscription(ctx.server, parsedInput);
    refresh();
    return result;
  });

/** Reads only: the next payment a pause would leave, for the confirm step. */
export const previewPauseAction = customerAction
  .metadata({ name: "previewPause" })
  .inputSchema(ZPauseSubscriptionInput.pick({ agreementId: true, until: true }))
  .action(async ({ parsedInput, ctx }) => previewPause(ctx.server, parsedInput));

export const resumeSubscriptionAction = customerAction
  .metadata({ name: "resumeSubscription" })
  .inputSchema(ZResumeSubscriptionInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await resumeSubscription(ctx.server, parsedInput);
    refresh();
    return result;
  });

export const changePlanAction = customerAction
  .metadata({ name: "changePlan" })
  .inputSchema(ZChangePlanInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changePlan(ctx.server, parsedInput);
    refresh();
    return result;
  });

/** Reads only: the next three charges a change of plan would leave, for the confirm step. */
export const previewPlanChangeAction = customerAction
  .metadata({ name: "previewPlanChange" })
  .inputSchema(ZPreviewPlanChangeInput)
  .action(async ({ parsedInput, ctx }) => previewPlanChange(ctx.server, parsedInput));

export const changeAmountAction = customerAction
  .metadata({ name: "changeAmount" })
  .inputSchema(ZChangeAmountInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeAmount(ctx.server, parsedInput);
    refresh();
    return result;
  });
