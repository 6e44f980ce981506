"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/client";
import { requestServerContext } from "@/lib/auth/server-context";
import { rememberTypedEmail } from "@/lib/auth/typed-email";
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
    const { confirmationUrl } = await startSubscription(await requestServerContext(), {
      ...parsedInput,
      locale: await getLocale(),
      clientIp,
    });
    // Filled in on the sign-in page later (the return page itself never shows the address).
    await rememberTypedEmail({ email: parsedInput.email.toLowerCase() });
    redirect(confirmationUrl);
  });
