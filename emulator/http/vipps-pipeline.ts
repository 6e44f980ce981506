import type { IncomingMessage } from "node:http";
import type { App } from "../app";
import { accessToken } from "../api/access-token";
import { matchOperation } from "../api/operations";
import type { Operation } from "../api/operation";
import { userinfo } from "../api/userinfo";
import { authenticate, header } from "./auth";
import { canonicalJson, requestFingerprint } from "./canonical-json";
import type { FaultDecision } from "./faults";
import { decideIdempotency, idempotencyStoreKey, shouldRemember } from "./idempotency";
import { apim, newContextId, problem, type ProblemContext, type Reply } from "./reply";

export type Handled = {
  reply: Reply;
  /** Injected after the operation ran: the client sees this instead of `reply`. */
  fault: FaultDecision;
  idempotencyKey: string | null;
  /** The response body with secrets removed, for the request log. */
  logBody?: string;
};

const IDEMPOTENCY_KEY = /^[^#?/\\]{1,40}$/;
const USERINFO = /^\/vipps-userinfo-api\/userinfo\/([^/]+)\/?$/;

const injected = (d: FaultDecision): Reply | null =>
  d.kind === "429"
    ? apim(429, `Rate limit is exceeded. Try again in ${d.retryAfterSeconds} seconds.`, {
        "Retry-After": String(d.retryAfterSeconds),
      })
    : null;

/** Every request to the Vipps surface: faults, auth, rate limits, idempotency, then the operation. */
export async function handleVipps(app: App, req: IncomingMessage, raw: string, url: URL): Promise<Handled> {
  const method = req.method ?? "GET";
  const path = url.pathname;
  const isToken = method === "POST" && /^\/accesstoken\/get\/?$/i.test(path);
  const fault = app.faults.decide(path, isToken);
  const none: FaultDecision = { kind: "none" };
  const early = injected(fault);
  if (early) return { reply: early, fault: none, idempotencyKey: null };
  const before = (fault.kind === "5xx" || fault.kind === "timeout") && !fault.afterApply;
  if (before) return { reply: apim(500, "Internal server error"), fault, idempotencyKey: null };
  const after = fault.kind === "5xx" || fault.kind === "timeout" ? fault : none;

  if (isToken) {
    const reply = accessToken(app, req.headers);
    return {
      reply,
      fault: after,
      idempotencyKey: null,
      logBody: reply.status === 200 ? '{"access_token":"[redacted]"}' : undefined,
    };
  }
  const info = method === "GET" ? USERINFO.exec(path) : null;
  if (info) return { reply: userinfo(app, req.headers, info[1] ?? ""), fault: after, idempotencyKey: null };

  const match = matchOperation(method, path);
  if (!match.op) return { reply: apim(404, "Resource not found"), fault: none, idempotencyKey: null };
  const result = await runOperation(app, match.op, match.params, req, raw, url);
  return { ...result, fault: after };
}

async function runOperation(
  app: App,
  op: Operation,
  params: Record<string, string>,
  req: IncomingMessage,
  raw: string,
  url: URL,
): Promise<Omit<Handled, "fault">> {
  const ctx: ProblemContext = { path: url.pathname, contextId: newContextId(), api: op.api };
  const auth = authenticate(app, req.headers, ctx);
  if ("reply" in auth) return { reply: auth.reply, idempotencyKey: null };
  const { merchant } = auth;
  const rawKey = header(req.headers, "idempotency-key") ?? header(req.headers, "idempotent-key") ?? null;

  if (op.rateLimit && app.limiter.enabled) {
    const limit = op.rateLimit({ params, merchant, idempotencyKey: rawKey ?? "" });
    const wait = limit ? app.limiter.hit(limit.key, limit.limit) : null;
    if (wait !== null)
      return {
        reply: apim(429, `Rate limit is exceeded. Try again in ${wait} seconds.`, {
          "Retry-After": String(wait),
        }),
        idempotencyKey: rawKey,
      };
  }

  if (op.idempotent && (rawKey === null || !IDEMPOTENCY_KEY.test(rawKey))) {
    const reason =
      rawKey === null
        ? "is required on POST, PATCH and DELETE"
        : "must be 1-40 characters without '#', '?', '/' or '\\'";
    return {
      reply: problem(ctx, 400, "idempotency-key-header", `Idempotency-Key ${reason}`, [
        { name: "Idempotency-Key", reason },
      ]),
      idempotencyKey: rawKey,
    };
  }

  let parsed: unknown = undefined;
  let parseFailed = false;
  const hasBody = op.body !== "none" && raw.length > 0;
  if (hasBody) {
    try {
      parsed = JSON.parse(raw);
    } catch {
      parseFailed = true;
    }
  }

  const store = app.engine.store;
  let storeKey: string | null = null;
  let fingerprint = "";
  if (op.idempotent && rawKey !== null) {
    storeKey = idempotencyStoreKey(merchant.msn, rawKey);
    const bodyPart = op.body === "none" ? "" : parseFailed ? raw : canonicalJson(parsed ?? null);
    fingerprint = requestFingerprint(req.method ?? "", url.pathname, bodyPart);
    const decision = decideIdempotency(store.idempotency, storeKey, fingerprint);
    if (decision.kind === "conflict")
      return {
        reply: problem(
          ctx,
          409,
          "idempotency-conflict",
          "The Idempotency-Key has already been used for a different request",
          [{ name: "Idempotency-Key", reason: "was used with another method, path or body" }],
        ),
        idempotencyKey: rawKey,
      };
    if (decision.kind === "replay") {
      const { status, body, contentType } = decision.record;
      return { reply: { status, body, contentType }, idempotencyKey: rawKey };
    }
  }

  let reply = bodyProblem(ctx, op, req, raw, parseFailed);
  if (!reply) {
    reply = op.handle({
      app,
      merchant,
      params,
      query: url.searchParams,
      body: parsed,
      idempotencyKey: rawKey ?? "",
      headers: req.headers,
      problem: ctx,
    });
  }
  // 4xx are remembered like successes; 5xx are not, so they may be retried with the same key.
  if (storeKey && shouldRemember(reply.status))
    store.putIdempotency(storeKey, {
      fingerprint,
      status: reply.status,
      body: reply.body,
      contentType: reply.contentType,
      at: Date.now(),
    });
  if (req.method !== "GET") await store.sync();
  const logBody =
    op.name === "RegisterWebhook" && reply.status === 201 ? '{"secret":"[redacted]"}' : undefined;
  return { reply, idempotencyKey: rawKey, logBody };
}

function bodyProblem(
  ctx: ProblemContext,
  op: Operation,
  req: IncomingMessage,
  raw: string,
  parseFailed: boolean,
): Reply | null {
  if (op.body === "none") return null;
  if (raw.length === 0)
    return problem(ctx, 400, "validation-error", "Required request body is missing", [
      { name: "body", reason: "Required request body is missing" },
    ]);
  const contentType = header(req.headers, "content-type");
  if (!contentType)
    return problem(ctx, 400, "missing-request-header", "Content-Type header is required", [
      { name: "Content-Type", reason: "is required" },
    ]);
  if (!/^application\/json\s*(;|$)/i.test(contentType))
    return problem(
      ctx,
      415,
      "unsupported-media-type",
      `Content-Type '${contentType}' is not supported, use application/json`,
      [{ name: "Content-Type", reason: "must be application/json" }],
    );
  if (parseFailed)
    return problem(ctx, 400, "invalid-json", "The request body is not valid JSON", [
      { name: "body", reason: "is not valid JSON" },
    ]);
  return null;
}
