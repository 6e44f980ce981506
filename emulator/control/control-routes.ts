import type { IncomingMessage } from "node:http";
import type { App } from "../app";
import { DEFAULT_FAULTS, type FaultConfig } from "../http/faults";
import { html, type Reply } from "../http/reply";
import { dashboardPage } from "../pages/dashboard-page";
import { advanceClock, getClock, runBatches, setClock } from "./clock-control";
import { bad, ControlError, ok, optionalBoolean, optionalNumber, type ControlRequest } from "./control-util";
import {
  getAgreementControl,
  listAgreementsControl,
  listChargesControl,
  listDeliveries,
  listMerchants,
  listRequests,
  listUsers,
  listWebhookRegistrations,
  deleteAgreementControl,
  stats,
  upsertMerchant,
  upsertUser,
} from "./data-control";
import { seedAgreements } from "./seed-control";
import {
  approve,
  deleteUser,
  portalRefund,
  rejectControl,
  setMaxAmount,
  userStop,
} from "./user-side-control";

type Handler = (app: App, req: ControlRequest) => Reply | Promise<Reply>;

const RATE_KEYS = [
  "rate5xx",
  "rate429",
  "rateTimeout",
  "applyBeforeFailure",
  "webhookDropRate",
  "webhookDuplicateRate",
] as const;

function updateFaults(app: App, req: ControlRequest): Reply {
  const b = req.body;
  const change: Partial<FaultConfig> = {};
  for (const k of RATE_KEYS) {
    const v = optionalNumber(b, k, { min: 0, max: 1 });
    if (v !== undefined) change[k] = v;
  }
  const retryAfter = optionalNumber(b, "retryAfterSeconds", { min: 0, max: 3600, integer: true });
  if (retryAfter !== undefined) change.retryAfterSeconds = retryAfter;
  const timeoutMs = optionalNumber(b, "timeoutMs", { min: 0, max: 600_000, integer: true });
  if (timeoutMs !== undefined) change.timeoutMs = timeoutMs;
  const reorder = optionalBoolean(b, "webhookReorder");
  if (reorder !== undefined) change.webhookReorder = reorder;
  const enabled = optionalBoolean(b, "webhooksEnabled");
  if (enabled !== undefined) change.webhooksEnabled = enabled;
  if (b.pathPattern !== undefined) {
    if (b.pathPattern !== null && typeof b.pathPattern !== "string")
      throw new ControlError("pathPattern must be a regex string or null");
    if (typeof b.pathPattern === "string") {
      try {
        new RegExp(b.pathPattern);
      } catch {
        throw new ControlError("pathPattern is not a valid regular expression");
      }
    }
    change.pathPattern = (b.pathPattern as string | null) || null;
  }
  if (b.seed !== undefined)
    change.seed = b.seed === null ? null : (optionalNumber(b, "seed", { integer: true }) ?? null);
  app.faults.update(change);
  return ok(app.faults.config);
}

function settings(app: App, req: ControlRequest): Reply {
  if (req.method === "POST") {
    const leadDays = optionalNumber(req.body, "leadDays", { min: 1, max: 2, integer: true });
    if (leadDays !== undefined) {
      app.engine.store.meta.settings.leadDays = leadDays;
      app.engine.store.saveMeta();
    }
    const asyncDelayMs = optionalNumber(req.body, "asyncDelayMs", { min: 0, max: 600_000, integer: true });
    if (asyncDelayMs !== undefined) app.engine.options.asyncDelayMs = asyncDelayMs;
    const chargePageSize = optionalNumber(req.body, "chargePageSize", { min: 1, max: 2000, integer: true });
    if (chargePageSize !== undefined) app.engine.options.chargePageSize = chargePageSize;
  }
  const { asyncDelayMs, chargePageSize } = app.engine.options;
  return ok({ ...app.engine.store.meta.settings, asyncDelayMs, chargePageSize });
}

function rateLimits(app: App, req: ControlRequest): Reply {
  if (req.method === "POST") {
    const enabled = optionalBoolean(req.body, "enabled");
    if (enabled === undefined) throw new ControlError("enabled (boolean) is required");
    app.limiter.enabled = enabled;
    app.limiter.reset();
  }
  return ok({ enabled: app.limiter.enabled });
}

const ROUTES: [string, RegExp, Handler][] = [
  ["GET", /^\/_emulator\/?$/, (app, req) => html(200, dashboardPage(app, req.query))],
  ["POST", /^\/_emulator\/reset$/, (app) => (app.reset(), ok({ reset: true }))],
  ["GET", /^\/_emulator\/clock$/, getClock],
  ["POST", /^\/_emulator\/clock$/, setClock],
  ["POST", /^\/_emulator\/clock\/advance$/, advanceClock],
  ["POST", /^\/_emulator\/batches\/run$/, runBatches],
  ["GET", /^\/_emulator\/faults$/, (app) => ok(app.faults.config)],
  ["POST", /^\/_emulator\/faults$/, updateFaults],
  ["DELETE", /^\/_emulator\/faults$/, (app) => (app.faults.update(DEFAULT_FAULTS), ok(app.faults.config))],
  ["GET", /^\/_emulator\/rate-limits$/, rateLimits],
  ["POST", /^\/_emulator\/rate-limits$/, rateLimits],
  ["GET", /^\/_emulator\/settings$/, settings],
  ["POST", /^\/_emulator\/settings$/, settings],
  ["GET", /^\/_emulator\/requests$/, listRequests],
  ["GET", /^\/_emulator\/merchants$/, listMerchants],
  ["POST", /^\/_emulator\/merchants$/, upsertMerchant],
  ["GET", /^\/_emulator\/users$/, listUsers],
  ["POST", /^\/_emulator\/users$/, upsertUser],
  ["POST", /^\/_emulator\/users\/(?<phone>[^/]+)\/delete$/, deleteUser],
  ["GET", /^\/_emulator\/agreements$/, listAgreementsControl],
  ["GET", /^\/_emulator\/agreements\/(?<id>[^/]+)$/, getAgreementControl],
  ["POST", /^\/_emulator\/agreements\/(?<id>[^/]+)\/approve$/, approve],
  ["POST", /^\/_emulator\/agreements\/(?<id>[^/]+)\/reject$/, rejectControl],
  ["POST", /^\/_emulator\/agreements\/(?<id>[^/]+)\/user-stop$/, userStop],
  ["POST", /^\/_emulator\/agreements\/(?<id>[^/]+)\/max-amount$/, setMaxAmount],
  ["POST", /^\/_emulator\/agreements\/(?<id>[^/]+)\/delete$/, deleteAgreementControl],
  ["GET", /^\/_emulator\/charges$/, listChargesControl],
  ["POST", /^\/_emulator\/charges\/(?<chargeId>[^/]+)\/portal-refund$/, portalRefund],
  ["GET", /^\/_emulator\/webhook-deliveries$/, listDeliveries],
  ["GET", /^\/_emulator\/webhooks$/, listWebhookRegistrations],
  ["GET", /^\/_emulator\/stats$/, stats],
  ["POST", /^\/_emulator\/seed\/agreements$/, seedAgreements],
  ["POST", /^\/_emulator\/compact$/, async (app) => (await app.compact(), ok({ compacted: true }))],
];

/** The read-only UI's one action (a form post from the agreements table). */
const UI_USER_STOP = /^\/_emulator\/ui\/agreements\/(?<id>[^/]+)\/user-stop$/;

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw.trim()) return {};
  if (contentType?.includes("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(raw));
  const parsed = JSON.parse(raw) as unknown;
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new ControlError("body must be a JSON object");
  return parsed as Record<string, unknown>;
}

/** `/_emulator/*`: no auth, no faults, not logged; plainly not part of the Vipps surface. */
export async function handleControl(app: App, req: IncomingMessage, raw: string, url: URL): Promise<Reply> {
  const method = req.method ?? "GET";
  const path = url.pathname.replace(/\/+$/, "") || "/";
  try {
    const body = parseBody(raw, req.headers["content-type"]);
    const ui = method === "POST" ? UI_USER_STOP.exec(path) : null;
    if (ui) {
      await userStop(app, { params: { id: ui.groups?.id ?? "" }, body: {}, query: url.searchParams, method });
      return {
        status: 303,
        body: "",
        contentType: null,
        headers: { location: "/_emulator?view=agreements" },
      };
    }
    let pathMatched = false;
    for (const [m, pattern, handler] of ROUTES) {
      const match = pattern.exec(path === "/_emulator" ? "/_emulator/" : path);
      if (!match) continue;
      pathMatched = true;
      if (m !== method) continue;
      return await handler(app, { params: { ...match.groups }, body, query: url.searchParams, method });
    }
    return pathMatched ? bad(`${method} is not supported here`, 405) : bad("unknown control endpoint", 404);
  } catch (e) {
    if (e instanceof ControlError) return bad(e.message, e.status);
    if (e instanceof SyntaxError) return bad("body is not valid JSON");
    throw e;
  }
}
