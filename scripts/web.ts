// npm run start:web: the web role for production — the built app (`npm run build` first) behind a
// load balancer, on HOST:PORT (PORT defaults to APP_URL's port). Why not `next start`: on SIGTERM
// it drains, but then exits 143, and an orchestrator reads that as a crash. This is Next.js's
// documented custom server (nextjs.org/docs/app/guides/custom-server) with a drain that exits 0.
// It also answers POST /api/webhooks/vipps itself, in front of Next (see below).
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { register } from "node:module";
import path from "node:path";

if (existsSync(".env")) process.loadEnvFile(".env");
// The production server, whatever the shell says (Next.js reads this when it loads).
Object.assign(process.env, { NODE_ENV: "production" });

const { checkEnv, EnvError } = await import("../lib/env");
let config;
try {
  config = checkEnv(["DATABASE_URL", "AUTH_SECRET", "ENCRYPTION_KEY", "APP_URL"]);
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const distDir = process.env.NEXT_DIST_DIR || ".next";
if (!existsSync(path.join(distDir, "BUILD_ID"))) {
  console.error(`No production build in ${distDir}: run \`npm run build\` first.`);
  process.exit(1);
}

// The webhook intake runs lib/server code here, outside Next's bundle. Those modules import
// "server-only", which throws unless resolved under the react-server condition (the worker runs
// with --conditions=react-server for this). Here only that one package gets the condition: for
// the whole process it would also hand Next's own server code React's server build.
register(
  `data:text/javascript,${encodeURIComponent(
    `export const resolve = (specifier, context, next) => next(specifier, specifier === "server-only" ? { ...context, conditions: [...context.conditions, "react-server"] } : context);`,
  )}`,
);
const { isWebhookDelivery, serveWebhookRequest } =
  await import("../lib/server/webhooks/serve-webhook-request");
const { logger } = await import("../lib/logger");
const { CLIENT_ADDRESS_HEADER, resolveClientAddress, trustedProxies } =
  await import("../lib/net/client-address");
const { default: next } = await import("next");
const log = logger.child({ component: "web" });
// Loopback unless HOST says otherwise (0.0.0.0 behind a load balancer on another machine).
const hostname = config.HOST;
const appUrl = new URL(config.APP_URL);
const port = config.PORT ?? Number(appUrl.port || (appUrl.protocol === "https:" ? 443 : 80));
const proxies = trustedProxies(config.TRUSTED_PROXIES);
// Longer than a load balancer's usual deregistration delay, shorter than a typical 30 s kill grace.
const DRAIN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS || 25_000);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

let draining = false;
const server = createServer((request, response) => {
  // A request on a kept-alive connection during the drain is served, and the connection then closed.
  if (draining) response.setHeader("Connection", "close");
  // Vipps deliveries are answered here with the route's own code (handleWebhookDelivery): Next's
  // request handling alone, for an empty route, answered only about 500 a second on 2 cores, half
  // of what a burst of webhooks needs (bench/webhooks.bench.ts). Every other request goes to Next.
  if (isWebhookDelivery(request)) {
    serveWebhookRequest(request, response).catch((error: unknown) => {
      log.error({ err: error, url: request.url }, "webhook request failed");
      if (!response.headersSent) response.writeHead(500).end();
    });
    return;
  }
  // The one place that sees the socket decides who is asking (rate limits key on it); whatever a
  // client wrote under this header's name is overwritten.
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    proxies,
  );
  handle(request, response).catch((error: unknown) => {
    log.error({ err: error, url: request.url }, "request failed");
    if (!response.headersSent) response.writeHead(500).end();
  });
});
server.listen(port, hostname, () => {
  log.info({ hostname, port, pid: process.pid }, "web ready");
});

async function shutdown(signal: string) {
  if (draining) return;
  draining = true;
  log.info({ signal }, "web stopping: no new connections, finishing requests in flight");
  const force = setTimeout(() => {
    log.error({ timeoutMs: DRAIN_TIMEOUT_MS }, "requests still running at the drain timeout; closing them");
    server.closeAllConnections();
    process.exit(1);
  }, DRAIN_TIMEOUT_MS);
  // close() stops accepting and resolves once every connection has ended; idle kept-alive ones are
  // closed now and again as in-flight responses finish (clients may hold them open otherwise).
  const idle = setInterval(() => server.closeIdleConnections(), 250);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  clearInterval(idle);
  await app.close().catch((error: unknown) => log.warn({ err: error }, "next close failed"));
  clearTimeout(force);
  log.info("web stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
