import { randomBytes } from "node:crypto";
import { newUuid } from "../domain/ids";
import { isObject, type FieldError } from "../domain/validation/fields";
import { empty, json, notFound, problem, type Reply } from "../http/reply";
import { RECURRING_EVENTS } from "../webhooks/events";
import type { OpContext } from "./operation";

/** FACTS §9 says 25 per event type per MSN; the 2023 document says 5. We use the newer figure. */
export const MAX_REGISTRATIONS_PER_EVENT = 25;

const invalid = (ctx: OpContext, errors: FieldError[]) =>
  problem(ctx.problem, 400, "validation-error", "One or more validation errors occurred.", errors);

/**
 * Registration accepts http://localhost URLs (a documented deviation: the real API wants public
 * HTTPS on a common port, which local apps cannot offer).
 */
export function register(ctx: OpContext): Reply {
  const body = ctx.body;
  if (!isObject(body))
    return invalid(ctx, [{ name: "body", reason: "The request body must be a JSON object." }]);
  const errors: FieldError[] = [];
  const url = body.url;
  let parsed: URL | null = null;
  try {
    parsed = typeof url === "string" ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:"))
    errors.push({ name: "url", reason: "The url must be an absolute http(s) URL." });
  const events = body.events;
  if (!Array.isArray(events) || events.length === 0 || !events.every((e) => typeof e === "string"))
    errors.push({ name: "events", reason: "The events field must be a non-empty list of event types." });
  else {
    const unknown = events.filter((e) => !RECURRING_EVENTS.includes(e as string));
    if (unknown.length > 0)
      errors.push({ name: "events", reason: `Unknown event types: ${unknown.join(", ")}` });
  }
  if (errors.length > 0) return invalid(ctx, errors);
  const list = [...new Set(events as string[])];
  const { store } = ctx.app.engine;
  for (const event of list) {
    let count = 0;
    for (const w of store.webhooks.values())
      if (w.msn === ctx.merchant.msn && w.events.includes(event)) count++;
    if (count >= MAX_REGISTRATIONS_PER_EVENT)
      return invalid(ctx, [
        {
          name: "events",
          reason: `At most ${MAX_REGISTRATIONS_PER_EVENT} webhooks can be registered for ${event}.`,
        },
      ]);
  }
  const registration = {
    id: newUuid(),
    msn: ctx.merchant.msn,
    url: url as string,
    events: list,
    secret: randomBytes(64).toString("base64"),
    created: ctx.app.engine.now(),
  };
  store.putWebhook(registration);
  return json(201, { id: registration.id, secret: registration.secret });
}

export function listWebhooks(ctx: OpContext): Reply {
  const webhooks = [...ctx.app.engine.store.webhooks.values()]
    .filter((w) => w.msn === ctx.merchant.msn)
    .map((w) => ({ id: w.id, url: w.url, events: w.events }));
  return json(200, { webhooks });
}

export function deleteWebhook(ctx: OpContext): Reply {
  const { store } = ctx.app.engine;
  const reg = store.webhooks.get(ctx.params.id ?? "");
  if (!reg || reg.msn !== ctx.merchant.msn) return notFound(ctx.problem, "Webhook not found.");
  ctx.app.webhooks.dropRegistration(reg.id);
  store.deleteWebhook(reg.id);
  return empty(204);
}
