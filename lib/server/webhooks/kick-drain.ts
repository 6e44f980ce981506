import "server-only";
import { logger } from "@/lib/logger";
import { enqueue } from "@/lib/queue/client";

// Deliveries arriving within this long share one webhooks.drain job.
const GATHER_MS = 50;
let timer: NodeJS.Timeout | undefined;

/**
 * Asks the worker to drain stored webhook events, once per GATHER_MS however many arrive: a burst of
 * 10,000 deliveries queues a few hundred jobs, not 10,000. The job is queued after the events it is
 * for were stored (their insert finished before this was called), so none is left waiting; should
 * this process die first, the sync sweep queues a drain for what is left.
 */
export function kickDrain(): void {
  if (timer) return;
  timer = setTimeout(() => {
    timer = undefined;
    enqueue("webhooks.drain", {}).catch((error: unknown) =>
      logger.warn({ err: error }, "could not queue webhooks.drain; the sync sweep will"),
    );
  }, GATHER_MS);
}
