"use server";

import { publicAction } from "@/lib/actions/client";
import { requestServerContext } from "@/lib/auth/server-context";
import { ZConfirmSignUpClaimInput } from "@/lib/schemas/subscribe";
import { confirmSignUpClaim } from "@/lib/server/sign-up-claims/confirm-sign-up-claim";

/** Public: the mailed token is the credential (it proves the address it was sent to). */
export const confirmSignUpClaimAction = publicAction
  .metadata({ name: "confirmSignUpClaim" })
  .inputSchema(ZConfirmSignUpClaimInput)
  .action(async ({ parsedInput }) => {
    await confirmSignUpClaim(await requestServerContext(), parsedInput);
    return { done: true };
  });
