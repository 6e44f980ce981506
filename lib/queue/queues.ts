// Every background job: a queue name, a zod payload, and the queue's retry policy. Handlers live in
// jobs/handlers/<queue>.ts and are loaded lazily by the worker.
import { z } from "zod";

const ZNone = z.object({}).strict();

export const QUEUES = {
  /** Poll one agreement until it is final (PENDING after sign-up: FACTS §8 cadence). */
  "agreement.poll": {
    payload: z.object({ agreementId: z.string(), attempt: z.number().int().default(0) }),
    retryLimit: 3,
    perItem: true,
  },
  /** Re-read one charge from Vipps and apply it. */
  "charge.poll": {
    payload: z.object({ chargeId: z.string(), attempt: z.number().int().default(0) }),
    retryLimit: 3,
    perItem: true,
  },
  /** Apply one stored webhook event (jobs queued before webhooks.drain; see that). */
  "webhook.process": { payload: z.object({ eventId: z.string() }), retryLimit: 10, perItem: true },
  /** Apply every stored webhook event waiting, in batches grouped per agreement (re-reads what they name). */
  "webhooks.drain": { payload: ZNone, retryLimit: 5 },
  /** Plan the charges that are due soon, then send them. */
  "billing.run": { payload: ZNone, retryLimit: 1 },
  /** Send planned charges to Vipps (bulk when many). */
  "billing.send": { payload: ZNone, retryLimit: 5 },
  /** Finish Vipps operations a crash left half-done, with their stored Idempotency-Keys. */
  "operations.resume": { payload: ZNone, retryLimit: 1 },
  /** Compare Abo with Vipps and repair drift. */
  "reconcile.run": { payload: ZNone, retryLimit: 1 },
  /** Stop agreements whose stop at period end has come. */
  "agreements.stop-scheduled": { payload: ZNone, retryLimit: 1 },
  /** Warn before reservations reach their capture deadline. */
  "captures.warn": { payload: ZNone, retryLimit: 1 },
  /** Dunning for one failed charge. */
  "dunning.charge-failed": { payload: z.object({ chargeId: z.string() }), retryLimit: 5, perItem: true },
  /** Fetch name, email and phone from Vipps Userinfo for an agreement drafted with scope. */
  "customer.userinfo": { payload: z.object({ agreementId: z.string() }), retryLimit: 5, perItem: true },
  /** Register Abo's webhook with Vipps when it is missing. */
  "webhooks.ensure": { payload: ZNone, retryLimit: 3 },
  /** Finish go-live verifications that wait for Vipps's charge batch (real test environment). */
  "checklist.resume": { payload: ZNone, retryLimit: 1 },
  /** Send the outbox's due mail through SMTP; failures wait and retry (lib/server/email/deliver-emails.ts). */
  "emails.deliver": { payload: ZNone, retryLimit: 1 },
  /** Queue the notices of yearly renewals coming up (once per agreement and period). */
  "emails.renewal-notices": { payload: ZNone, retryLimit: 3 },
  /** Recompute the dashboard's forecast of agreements changed since, or of a new day (refresh-forecast.ts). */
  "forecast.refresh": { payload: ZNone, retryLimit: 1 },
  /** Queue polls for agreements and charges whose next look is overdue, and unprocessed webhooks. */
  "sync.sweep": { payload: ZNone, retryLimit: 1 },
  /** Fold the dashboard's changes of past days into one row a day (prisma/sql/006_dashboard_rollup.sql). */
  "dashboard.compact": { payload: ZNone, retryLimit: 1 },
} as const;

export type TQueueName = keyof typeof QUEUES;
export type TPayload<Q extends TQueueName> = z.input<(typeof QUEUES)[Q]["payload"]>;
export const QUEUE_NAMES = Object.keys(QUEUES) as TQueueName[];
