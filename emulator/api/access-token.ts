import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { App } from "../app";
import { header, INVALID_KEY, MISSING_KEY } from "../http/auth";
import { apim, json, type Reply } from "../http/reply";
import { issueToken, TOKEN_RESOURCE } from "../http/tokens";

/** Azure AD's error body, as the SDK models it. */
function aadError(status: number, error: string, code: number, description: string): Reply {
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${description}`,
    error_codes: [code],
    timestamp: new Date().toISOString().replace("T", " "),
    trace_id: randomUUID(),
    correlation_id: randomUUID(),
    error_uri: "https://login.microsoftonline.com/error?code=" + code,
  });
}

/**
 * POST /accesstoken/get: credentials in headers, no body; every number in the response is a string.
 * Lifetime is that of the test environment (1 hour) unless configured.
 */
export function accessToken(app: App, headers: IncomingHttpHeaders): Reply {
  const key = header(headers, "ocp-apim-subscription-key");
  if (!key) return apim(401, MISSING_KEY);
  const keyOwner = app.engine.store.merchantBySubscriptionKey.get(key);
  if (!keyOwner) return apim(401, INVALID_KEY);
  const clientId = header(headers, "client_id");
  const clientSecret = header(headers, "client_secret");
  if (!clientId)
    return aadError(
      400,
      "invalid_request",
      900144,
      "The request body must contain the following parameter: 'client_id'.",
    );
  if (!clientSecret)
    return aadError(
      400,
      "invalid_request",
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  const merchant = app.engine.store.merchantByClientId.get(clientId);
  if (!merchant)
    return aadError(
      401,
      "unauthorized_client",
      700016,
      `Application with identifier '${clientId}' was not found in the directory.`,
    );
  if (merchant.clientSecret !== clientSecret)
    return aadError(401, "invalid_client", 7000215, "Invalid client secret provided.");
  if (merchant.msn !== keyOwner.msn) return apim(401, INVALID_KEY);
  const msnHeader = header(headers, "merchant-serial-number");
  if (msnHeader !== undefined && msnHeader !== merchant.msn)
    return aadError(
      401,
      "unauthorized_client",
      700016,
      `Merchant-Serial-Number ${msnHeader} is not linked to client '${clientId}'.`,
    );
  const { token, claims } = issueToken(app.engine.store.meta.tokenKey, {
    clientId,
    msn: merchant.msn,
    issuer: app.publicUrl,
    ttlSeconds: app.options.tokenTtlSeconds,
  });
  return json(200, {
    token_type: "Bearer",
    expires_in: String(claims.exp - claims.iat),
    ext_expires_in: "0",
    expires_on: String(claims.exp),
    not_before: String(claims.nbf),
    resource: TOKEN_RESOURCE,
    access_token: token,
  });
}
