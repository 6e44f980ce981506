import { DEFAULT_MERCHANTS, DEFAULT_USERS } from "../domain/defaults";
import type { Agreement, Charge, TestUser } from "../domain/types";
import type { EventPayload } from "../webhooks/events";
import { expireAgreement } from "./agreement-ops";
import { applyDecision } from "./approval";
import { processBulkJob } from "./bulk-ops";
import { attemptCharge, markVisible, reservationDeadline, resolveUnknown } from "./charge-ops";
import type { Clock } from "./clock";
import type { Scheduler, Timer } from "./scheduler";
import { chargeKey, type Store } from "./store";
import { rebuildTimers } from "./rebuild";
import { stopAgreementsOfDeletedUser } from "./user-ops";

export type SoonTask = { kind: "decision" | "bulk" | "unscheduled"; ref: string };

export const DEFAULT_CHARGE_PAGE_SIZE = 500;

export type EngineOptions = {
  /** Wall-clock delay before "shortly after" work runs (page decisions, bulk charges, UNSCHEDULED). */
  asyncDelayMs: number;
  /** Charges per page of GET …/charges before a Continuation-Token (default DEFAULT_CHARGE_PAGE_SIZE). */
  chargePageSize: number;
};

/**
 * Owns the state machines' side of the emulator: state, the business clock, due work and the
 * "shortly after" queue. HTTP and webhook delivery sit outside and talk to it through `onEvent`.
 */
export class Engine {
  onEvent: (payload: EventPayload) => void = () => {};
  private soonQueue: SoonTask[] = [];
  private soonTimers = new Set<NodeJS.Timeout>();
  private running = false;

  constructor(
    readonly store: Store,
    readonly clock: Clock,
    readonly scheduler: Scheduler,
    readonly options: EngineOptions,
  ) {}

  now(): number {
    return this.clock.now();
  }

  emit(payload: EventPayload): void {
    this.onEvent(payload);
  }

  user(phoneNumber: string | null): TestUser | undefined {
    return phoneNumber ? this.store.users.get(phoneNumber) : undefined;
  }

  agreementOf(charge: Charge): Agreement | undefined {
    return this.store.agreements.get(charge.agreementId);
  }

  /** Queues work to run `asyncDelayMs` later in wall time, or at the next clock advance, whichever is first. */
  soon(task: SoonTask): void {
    this.soonQueue.push(task);
    const timer = setTimeout(() => {
      this.soonTimers.delete(timer);
      this.runSoon();
    }, this.options.asyncDelayMs);
    timer.unref?.();
    this.soonTimers.add(timer);
  }

  get soonCount(): number {
    return this.soonQueue.length;
  }

  /** Runs the queued "shortly after" work at the current time. */
  runSoon(): void {
    const tasks = this.soonQueue;
    this.soonQueue = [];
    for (const task of tasks) {
      if (task.kind === "decision") {
        const agreement = this.store.agreements.get(task.ref);
        if (agreement) applyDecision(this, agreement);
      } else if (task.kind === "bulk") {
        const job = this.store.bulkJobs.get(task.ref);
        if (job) processBulkJob(this, job);
      } else {
        const charge = this.store.charges.get(task.ref);
        if (charge && charge.status === "PENDING") attemptCharge(this, charge);
      }
    }
  }

  /** Runs, in time order, everything due up to `until`, each at its own instant. */
  runDue(until: number): number {
    if (this.running) return 0;
    this.running = true;
    let count = 0;
    try {
      this.runSoon();
      for (const timer of this.scheduler.due(until)) {
        this.clock.pin(timer.at);
        try {
          this.handle(timer);
        } finally {
          this.clock.unpin();
        }
        count++;
      }
    } finally {
      this.running = false;
    }
    return count;
  }

  private handle(timer: Timer): void {
    if (timer.kind === "agreement-expiry") {
      const agreement = this.store.agreements.get(timer.ref);
      if (agreement?.status === "PENDING") expireAgreement(this, agreement);
      return;
    }
    if (timer.kind === "profile-cleanup") return void stopAgreementsOfDeletedUser(this, timer.ref);
    const charge = this.store.charges.get(timer.ref);
    if (!charge) return;
    if (timer.kind === "charge-visible") markVisible(this, charge);
    else if (timer.kind === "charge-attempt") {
      if (charge.nextAttemptAt === timer.at) attemptCharge(this, charge);
    } else if (timer.kind === "charge-unknown-resolves") resolveUnknown(this, charge);
    else reservationDeadline(this, charge, timer.at);
  }

  scheduleCharge(charge: Charge, kind: Timer["kind"], at: number): void {
    this.scheduler.add(at, kind, chargeKey(charge.msn, charge.id));
  }

  /** Wipes state back to the built-in merchants and users. */
  resetToDefaults(): void {
    this.cancelSoon();
    this.scheduler.clear();
    this.store.clear();
    this.seedDefaults();
  }

  seedDefaults(): void {
    for (const m of DEFAULT_MERCHANTS) this.store.putMerchant({ ...m });
    for (const u of DEFAULT_USERS) this.store.putUser({ ...u, address: { ...u.address } });
  }

  /** After loading state from disk: timers and queued work are derived from the entities. */
  restore(): void {
    rebuildTimers(this);
  }

  cancelSoon(): void {
    for (const t of this.soonTimers) clearTimeout(t);
    this.soonTimers.clear();
    this.soonQueue = [];
  }
}
