// The handler of each queue, loaded on first use. Adding a queue: define it in lib/queue/queues.ts,
// write jobs/handlers/<queue>.ts exporting `handle(payload)`, and list it here.
import type { TPayload, TQueueName } from "@/lib/queue/queues";

type THandler<Q extends TQueueName> = (payload: TPayload<Q>) => Promise<void>;

export const HANDLERS: { [Q in TQueueName]?: () => Promise<{ handle: THandler<Q> }> } = {
  "agreement.poll": () => import("./agreement.poll"),
  "charge.poll": () => import("./charge.poll"),
  "webhook.process": () => import("./webhook.process"),
  "webhooks.drain": () => import("./webhooks.drain"),
  "billing.run": () => import("./billing.run"),
  "billing.send": () => import("./billing.send"),
  "operations.resume": () => import("./operations.resume"),
  "reconcile.run": () => import("./reconcile.run"),
  "agreements.stop-scheduled": () => import("./agreements.stop-scheduled"),
  "captures.warn": () => import("./captures.warn"),
  "dunning.charge-failed": () => import("./dunning.charge-failed"),
  "customer.userinfo": () => import("./customer.userinfo"),
  "webhooks.ensure": () => import("./webhooks.ensure"),
  "sync.sweep": () => import("./sync.sweep"),
  "checklist.resume": () => import("./checklist.resume"),
  "emails.deliver": () => import("./emails.deliver"),
  "emails.renewal-notices": () => import("./emails.renewal-notices"),
  "dashboard.compact": () => import("./dashboard.compact"),
  "forecast.refresh": () => import("./forecast.refresh"),
};
