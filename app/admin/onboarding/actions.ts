"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/client";
import { ZEnvironmentInput, ZSalesUnitIdInput, ZSalesUnitKeysInput } from "@/lib/schemas/admin";
import { checkConnection } from "@/lib/server/admin/check-connection";
import { connectSalesUnit } from "@/lib/server/admin/connect-sales-unit";
import { registerWebhooks } from "@/lib/server/admin/register-webhooks";
import { runGoLiveCheck } from "@/lib/server/admin/run-go-live-check";
import { setEnvironment } from "@/lib/server/admin/set-environment";

const refresh = () => {
  revalidatePath("/admin/onboarding");
  revalidatePath("/admin/settings");
};

export const connectSalesUnitAction = adminAction
  .metadata({ name: "connectSalesUnit" })
  .inputSchema(ZSalesUnitKeysInput)
  .action(async ({ parsedInput, ctx }) => {
    const unit = await connectSalesUnit(ctx.server, parsedInput);
    refresh();
    return { id: unit.id, msn: unit.msn, keyHint: unit.subscriptionKeyHint };
  });

export const checkConnectionAction = adminAction
  .metadata({ name: "checkConnection" })
  .inputSchema(ZSalesUnitIdInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await checkConnection(ctx.server, parsedInput.salesUnitId);
    refresh();
    return result;
  });

export const registerWebhooksAction = adminAction
  .metadata({ name: "registerWebhooks" })
  .inputSchema(ZSalesUnitIdInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await registerWebhooks(ctx.server, { salesUnitId: parsedInput.salesUnitId });
    refresh();
    return result;
  });

export const runGoLiveCheckAction = adminAction
  .metadata({ name: "runGoLiveCheck" })
  .inputSchema(ZSalesUnitIdInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await runGoLiveCheck(ctx.server, { salesUnitId: parsedInput.salesUnitId });
    refresh();
    return result;
  });

export const setEnvironmentAction = adminAction
  .metadata({ name: "setEnvironment" })
  .inputSchema(ZEnvironmentInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setEnvironment(ctx.server, { environment: parsedInput.environment });
    revalidatePath("/admin", "layout");
    return result;
  });
