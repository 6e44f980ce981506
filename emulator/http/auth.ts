import type { IncomingHttpHeaders } from "node:http";
import type { App } from "../app";
import type { Merchant } from "../domain/types";
import { apim, azure, problem, type ProblemContext, type Reply } from "./reply";

export const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
};

export const MISSING_KEY =
  "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.";
export const INVALID_KEY =
  "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.";

export type AuthResult = { merchant: Merchant } | { reply: Reply };

function bearer(app: App, headers: IncomingHttpHeaders): { msn: string } | { reply: Reply } {
  const authorization = header(headers, "authorization");
  const match = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  if (!match) return { reply: azure(401, "Something went wrong, please try again later") };
  const verified = app.tokens.verify(match[1]!);
  if (!verified.ok) return { reply: azure(401, "Something went wrong, please try again later") };
  return { msn: verified.claims.msn };
}

/**
 * Gateway first (subscription key), then the token, then the MSN header, as APIM and the service
 * would check them. The key and the token must belong to the same sales unit.
 */
export function authenticate(app: App, headers: IncomingHttpHeaders, ctx: ProblemContext): AuthResult {
  const key = header(headers, "ocp-apim-subscription-key");
  if (!key) return { reply: apim(401, MISSING_KEY) };
  const keyOwner = app.engine.store.merchantBySubscriptionKey.get(key);
  if (!keyOwner) return { reply: apim(401, INVALID_KEY) };
  const token = bearer(app, headers);
  if ("reply" in token) return token;
  const merchant = app.engine.store.merchants.get(token.msn);
  if (!merchant || merchant.msn !== keyOwner.msn)
    return { reply: azure(401, "Something went wrong, please try again later") };
  const msnHeader = header(headers, "merchant-serial-number");
  if (msnHeader !== undefined && msnHeader !== merchant.msn)
    return {
      reply: problem(
        ctx,
        403,
        "not-authorized",
        `Merchant-Serial-Number ${msnHeader} does not match the credentials`,
        [{ name: "Merchant-Serial-Number", reason: "is not the sales unit of the access token" }],
      ),
    };
  return { merchant };
}

/** Userinfo is called with the access token only: sending the subscription key is an error (FACTS §8). */
export function authenticateUserinfo(app: App, headers: IncomingHttpHeaders): AuthResult {
  if (header(headers, "ocp-apim-subscription-key") !== undefined)
    return {
      reply: apim(401, "Access denied: call the userinfo endpoint without Ocp-Apim-Subscription-Key."),
    };
  const token = bearer(app, headers);
  if ("reply" in token) return token;
  const merchant = app.engine.store.merchants.get(token.msn);
  if (!merchant) return { reply: azure(401, "Something went wrong, please try again later") };
  return { merchant };
}
