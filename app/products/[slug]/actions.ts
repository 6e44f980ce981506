"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/client";
import { getLocale } from "@/lib/i18n/server";
import { ZStartSubscriptionInput } from "@/lib/schemas/subscribe";
import { clientAddressOf } from "@/lib/server/client-address";
import { startSubscription } from "@/lib/server/customer-portal/start-subscription";

/** Stores and drafts the agreement, then sends the browser to Vipps/MobilePay to approve it. */
export const startSubscriptionAction = publicAction
  .metadata({ name: "startSubscription" })
  .inputSchema(ZStartSubscriptionInput)
  .action(async ({ parsedInput }) => {
    const clientIp = clientAddressOf(await headers());
    const { confirmationUrl } = await startSubscription({
      ...parsedInput,
      locale: await getLocale(),
      clientIp,
    });
    redirect(confirmationUrl);
  });
