// When each recurring job runs. In production pg-boss fires the crons on the wall clock (one worker
// fires each tick however many run). With time travel (tests, the soak test, demos that move time) the
// crons follow Abo's clock instead: a tick loop reads `now()` and fires each schedule whose latest
// occurrence it has not fired yet, so a day jumped forward fires that day's work — never in production.
import { CronExpressionParser } from "cron-parser";
import type { TQueueName } from "./queues";

export type TSchedule = { queue: TQueueName; cron: string };

/** Cron schedules, in UTC. */
export const SCHEDULES: TSchedule[] = [
  { queue: "operations.resume", cron: "* * * * *" },
  { queue: "billing.run", cron: "* * * * *" },
  { queue: "sync.sweep", cron: "* * * * *" },
  { queue: "reconcile.run", cron: "*/10 * * * *" },
  { queue: "agreements.stop-scheduled", cron: "*/15 * * * *" },
  { queue: "captures.warn", cron: "0 6 * * *" },
  { queue: "emails.deliver", cron: "* * * * *" },
  { queue: "emails.renewal-notices", cron: "0 7 * * *" },
  // The dashboard's upcoming charges: agreements changed in the last minute, and the whole book after
  // midnight and 21:00 UTC, when the calendar's earliest due date moves.
  { queue: "forecast.refresh", cron: "* * * * *" },
  // Vipps's charge batch runs in the morning of the due date; hourly finishes a waiting run soon after.
  { queue: "checklist.resume", cron: "5 * * * *" },
  // Vipps deletes a webhook registration left unanswered for two weeks: hourly, Abo notices and registers again.
  { queue: "webhooks.ensure", cron: "20 * * * *" },
  // The dashboard reads the changes not folded yet one by one: fold them often, so it stays a few hundred rows.
  { queue: "dashboard.compact", cron: "* * * * *" },
];

/** Queued once when a worker starts: catch up on what was due while no worker ran. */
export const ON_START: TQueueName[] = ["webhooks.ensure", "billing.run", "sync.sweep", "forecast.refresh"];

/** The latest time at or before `at` when `cron` fires. */
export function lastFiring(cron: string, at: Date): Date {
  // cron-parser's prev() is strictly before currentDate; a millisecond later includes `at` itself.
  return CronExpressionParser.parse(cron, { currentDate: new Date(at.getTime() + 1), tz: "UTC" })
    .prev()
    .toDate();
}

/** The first time after `at` when `cron` fires. */
export function nextFiring(cron: string, at: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: at, tz: "UTC" }).next().toDate();
}
