// The handler of each queue, loaded on first use. Adding a queue: define it in jobs/queues.ts,
// write jobs/handlers/<queue>.ts exporting `handle(payload)`, and list it here.
import type { TPayload, TQueueName } from "@/jobs/queues";

type THandler<Q extends TQueueName> = (payload: TPayload<Q>) => Promise<void>;

export const HANDLERS: { [Q in TQueueName]?: () => Promise<{ handle: THandler<Q> }> } = {
  "agreement.poll": () => import("./agreement.poll"),
  "charge.poll": () => import("./charge.poll"),
  "operations.resume": () => import("./operations.resume"),
  "customer.userinfo": () => import("./customer.userinfo"),
};

/** Cron schedules (pg-boss makes sure only one worker instance fires each). */
export const SCHEDULES: { queue: TQueueName; cron: string }[] = [
  { queue: "operations.resume", cron: "* * * * *" },
];
