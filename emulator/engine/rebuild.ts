import { PENDING_LIFETIME_MS } from "../domain/agreement-machine";
import { DUE_VISIBLE_DAYS } from "../domain/charge-rules";
import { batchTimeOfDay, dayNumber, DAY_MS, parseIsoDate } from "../domain/time";
import { PROFILE_DELETION_STOPS_FROM } from "../domain/user-rules";
import type { Engine } from "./engine";
import { chargeKey } from "./store";

/** Timers and queued work are not stored: they follow from the entities, so rebuild them after a load. */
export function rebuildTimers(engine: Engine): void {
  const { store, scheduler } = engine;
  scheduler.clear();
  for (const a of store.agreements.values()) {
    if (a.status !== "PENDING") continue;
    scheduler.add(a.created + PENDING_LIFETIME_MS, "agreement-expiry", a.id);
    if (a.pendingDecision) engine.soon({ kind: "decision", ref: a.id });
  }
  for (const c of store.charges.values()) {
    const key = chargeKey(c.msn, c.id);
    if (c.type === "UNSCHEDULED" && c.status === "PENDING") engine.soon({ kind: "unscheduled", ref: key });
    if (c.type !== "RECURRING") {
      if (c.status === "RESERVED" || c.status === "PARTIALLY_CAPTURED")
        deadline(engine, c.msn, c.reservedAt, key);
      if (c.status === "PROCESSING" && c.processingUntil !== null)
        scheduler.add(c.processingUntil, "charge-unknown-resolves", key);
      continue;
    }
    const dueMs = parseIsoDate(c.due) ?? c.created;
    if (c.status === "PENDING") scheduler.add(dueMs - DUE_VISIBLE_DAYS * DAY_MS, "charge-visible", key);
    if (c.status === "PENDING" || c.status === "DUE") {
      c.nextAttemptAt ??= batchTimeOfDay(dayNumber(dueMs));
      scheduler.add(c.nextAttemptAt, "charge-attempt", key);
    }
    if (c.status === "PROCESSING" && c.processingUntil !== null)
      scheduler.add(c.processingUntil, "charge-unknown-resolves", key);
    if (c.status === "RESERVED" || c.status === "PARTIALLY_CAPTURED")
      deadline(engine, c.msn, c.reservedAt, key);
  }
  for (const job of store.bulkJobs.values()) engine.soon({ kind: "bulk", ref: job.id });
  for (const u of store.users.values())
    if (u.deletedAt != null && u.deletedAt < PROFILE_DELETION_STOPS_FROM)
      scheduler.add(PROFILE_DELETION_STOPS_FROM, "profile-cleanup", u.phoneNumber);
}

function deadline(engine: Engine, msn: string, reservedAt: number | null, key: string): void {
  const days = engine.store.merchants.get(msn)?.captureDeadlineDays ?? 180;
  engine.scheduler.add((reservedAt ?? 0) + days * DAY_MS, "reservation-deadline", key);
}
