import type { IncomingHttpHeaders } from "node:http";
import type { App } from "../app";
import { HOUR_MS } from "../domain/time";
import { authenticateUserinfo } from "../http/auth";
import { json, type Reply } from "../http/reply";

/** Profile data may be fetched within 168 hours of the consent (FACTS §8). */
export const USERINFO_WINDOW_MS = 168 * HOUR_MS;

const fail = (status: number, error: string, description: string): Reply =>
  json(status, { error, error_description: description });

/** GET /vipps-userinfo-api/userinfo/{sub}: the scopes the user consented to on this merchant's agreements. */
export function userinfo(app: App, headers: IncomingHttpHeaders, sub: string): Reply {
  const auth = authenticateUserinfo(app, headers);
  if ("reply" in auth) return auth.reply;
  const { store } = app.engine;
  const user = store.userBySub.get(sub);
  const now = app.engine.now();
  const scopes = new Set<string>();
  let consent = false;
  for (const a of store.agreementsByMsn.get(auth.merchant.msn) ?? []) {
    if (a.sub !== sub || !a.scope || a.consentAt === null) continue;
    consent = true;
    if (now - a.consentAt <= USERINFO_WINDOW_MS) for (const s of a.scope.split(" ")) scopes.add(s);
  }
  if (!user || !consent)
    return fail(404, "not_found", "No user with this sub has consented to share data with this sales unit.");
  if (scopes.size === 0) return fail(403, "consent_expired", "The consent is older than 168 hours.");
  const [given = user.name, ...rest] = user.name.split(" ");
  const body: Record<string, unknown> = { sub };
  if (scopes.has("name"))
    Object.assign(body, { name: user.name, given_name: given, family_name: rest.join(" ") });
  if (scopes.has("email")) Object.assign(body, { email: user.email, email_verified: true });
  if (scopes.has("phoneNumber")) body.phone_number = user.phoneNumber;
  if (scopes.has("birthDate")) body.birthdate = user.birthDate;
  if (scopes.has("nin")) body.nin = user.nin;
  if (scopes.has("address")) {
    const a = user.address;
    body.address = {
      street_address: a.streetAddress,
      postal_code: a.postalCode,
      region: a.region,
      country: a.country,
      formatted: `${a.streetAddress}\n${a.postalCode} ${a.region}\n${a.country}`,
      address_type: "home",
    };
    body.other_addresses = [];
  }
  return json(200, body);
}
