import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "./app";
import { resolveOptions, type EmulatorOptions } from "./config";
import { handleControl } from "./control/control-routes";
import { Clock } from "./engine/clock";
import { DEFAULT_CHARGE_PAGE_SIZE, Engine } from "./engine/engine";
import { Scheduler } from "./engine/scheduler";
import { Store, type Meta } from "./engine/store";
import { Faults } from "./http/faults";
import { RateLimiter } from "./http/rate-limit";
import type { Reply } from "./http/reply";
import { RequestLog } from "./http/request-log";
import { TokenVerifier } from "./http/tokens";
import { handleVipps } from "./http/vipps-pipeline";
import { handlePage } from "./pages/page-routes";
import { Journal } from "./storage/journal";
import { WebhookDispatcher } from "./webhooks/dispatcher";

export type RunningEmulator = { url: string; port: number; app: App; close(): Promise<void> };

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const TICK_MS = 1000;
const COMPACT_CHECK_MS = 5000;

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on("end", () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string | number> = { ...reply.headers };
  if (reply.contentType) headers["content-type"] = reply.contentType;
  if (reply.status !== 204 && reply.status !== 304) headers["content-length"] = Buffer.byteLength(reply.body);
  res.writeHead(reply.status, headers);
  res.end(reply.status === 204 ? undefined : reply.body);
}

/** Starts the emulator in this process (its own tests, benchmarks); main.ts wraps it for the CLI. */
export async function startEmulator(input: EmulatorOptions = {}): Promise<RunningEmulator> {
  const options = resolveOptions(input);
  const freshMeta = (): Meta => ({
    tokenKey: randomBytes(32).toString("hex"),
    clock: null,
    settings: { leadDays: 1 },
  });
  let journal: Journal | null = null;
  let replayed = 0;
  let store: Store;
  if (options.persistence) {
    const opened = Journal.open(options.dataDir, options.fsync);
    journal = opened.journal;
    replayed = opened.loaded.replayed;
    store = new Store(journal, freshMeta());
    for (const entry of opened.loaded.entries) store.apply(entry);
    store.reindex();
  } else store = new Store(null, freshMeta());

  const clock = Clock.fresh(options.clock);
  const saved = store.meta.clock;
  if (saved) {
    const savedNow = saved.mode === "manual" ? saved.manualNow : Date.now() + saved.offsetMs;
    clock.set({ mode: options.clock, now: savedNow });
  }
  const engine = new Engine(store, clock, new Scheduler(), {
    asyncDelayMs: options.asyncDelayMs,
    chargePageSize: DEFAULT_CHARGE_PAGE_SIZE,
  });
  const faults = new Faults();
  const firstStart = store.merchants.size === 0;
  if (firstStart) engine.seedDefaults();
  store.meta.clock = clock.snapshot();
  store.saveMeta();

  const webhooks = new WebhookDispatcher(store, faults, {
    retryScale: options.webhookRetryScale,
    timeoutMs: options.webhookTimeoutMs,
    reorderWindowMs: 100,
  });
  engine.onEvent = (payload) => webhooks.emit(payload);

  const app: App = {
    options,
    publicUrl: options.publicUrl ?? "",
    engine,
    faults,
    limiter: new RateLimiter(options.rateLimits),
    log: new RequestLog(options.requestLogSize),
    webhooks,
    tokens: new TokenVerifier(store.meta.tokenKey),
    compact: async () => {
      if (journal) await journal.compact(store.entries());
    },
    reset: () => {
      webhooks.reset();
      engine.resetToDefaults();
      clock.set({ mode: options.clock, now: Date.now() });
      store.meta.clock = clock.snapshot();
      store.meta.settings = { leadDays: 1 };
      engine.options.asyncDelayMs = options.asyncDelayMs;
      engine.options.chargePageSize = DEFAULT_CHARGE_PAGE_SIZE;
      store.saveMeta();
      faults.clear();
      app.limiter.reset();
      app.limiter.enabled = options.rateLimits;
      app.log.clear();
    },
  };

  const server = createServer((req, res) => {
    void route(app, req, res).catch((e: unknown) => {
      console.error("emulator: unhandled error", e);
      if (!res.headersSent)
        send(res, {
          status: 500,
          body: JSON.stringify({ statusCode: 500, message: "Internal server error" }),
          contentType: "application/json",
        });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  app.publicUrl = options.publicUrl ?? url;

  engine.restore();
  webhooks.restore();
  if (replayed > 0) await app.compact();

  const ticker = setInterval(() => {
    if (clock.mode === "realtime") engine.runDue(clock.now());
  }, TICK_MS);
  const compactor = setInterval(() => {
    if (journal && journal.bytesSinceSnapshot > options.compactBytes) void app.compact();
  }, COMPACT_CHECK_MS);
  ticker.unref();
  compactor.unref();

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(ticker);
      clearInterval(compactor);
      engine.cancelSoon();
      webhooks.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.meta.clock = clock.snapshot();
      store.saveMeta();
      if (journal) await journal.close();
    })());

  return { url, port, app, close };
}

async function route(app: App, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const url = new URL(req.url ?? "/", "http://emulator.invalid");
  const raw = await readBody(req);
  if (raw === null)
    return send(res, {
      status: 413,
      body: JSON.stringify({ statusCode: 413, message: "Request entity too large" }),
      contentType: "application/json",
    });
  if (url.pathname === "/_emulator" || url.pathname.startsWith("/_emulator/"))
    return send(res, await handleControl(app, req, raw, url));
  const page = handlePage(app, req, raw, url);
  if (page) return send(res, page);

  const handled = await handleVipps(app, req, raw, url);
  const { fault } = handled;
  let status = handled.reply.status;
  if (fault.kind === "timeout") {
    // Hold the request, then drop the connection: the client sees a timeout or a reset.
    await new Promise((r) => setTimeout(r, app.faults.config.timeoutMs));
    status = 0;
    req.socket.destroy();
  } else if (fault.kind === "5xx") {
    status = 500;
    send(res, {
      status: 500,
      body: JSON.stringify({ statusCode: 500, message: "Internal server error" }),
      contentType: "application/json",
    });
  } else send(res, handled.reply);
  app.log.add({
    time: new Date().toISOString(),
    method: req.method ?? "GET",
    path: url.pathname + url.search,
    status,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    idempotencyKey: handled.idempotencyKey,
    headers: req.headers,
    rawBody: raw,
    rawResponse: handled.logBody ?? (fault.kind === "none" ? handled.reply.body : ""),
  });
}
