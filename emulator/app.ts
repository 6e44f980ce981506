import type { ResolvedOptions } from "./config";
import type { Engine } from "./engine/engine";
import type { Faults } from "./http/faults";
import type { RateLimiter } from "./http/rate-limit";
import type { RequestLog } from "./http/request-log";
import type { TokenVerifier } from "./http/tokens";
import type { WebhookDispatcher } from "./webhooks/dispatcher";

/** Everything a request handler may need, wired once by server.ts. */
export type App = {
  options: ResolvedOptions;
  publicUrl: string;
  engine: Engine;
  faults: Faults;
  limiter: RateLimiter;
  log: RequestLog;
  webhooks: WebhookDispatcher;
  tokens: TokenVerifier;
  /** Writes a snapshot and starts a new journal (no-op without persistence). */
  compact(): Promise<void>;
  /** Back to the built-in merchants and users, clock at wall time, no faults. */
  reset(): void;
};
