import { request as httpRequest, Agent as HttpAgent } from "node:http";
import { request as httpsRequest, Agent as HttpsAgent } from "node:https";
import { newUuid } from "../domain/ids";
import type { Delivery, WebhookRegistration } from "../domain/types";
import type { Store } from "../engine/store";
import type { Faults } from "../http/faults";
import type { EventPayload } from "./events";
import { signWebhook } from "./signature";

/**
 * Retry delays in seconds after each failed attempt: a few quick retries, then minutes, hours and
 * days, about 7 days in all (FACTS §9). Multiplied by EMULATOR_WEBHOOK_RETRY_SCALE.
 */
export const RETRY_DELAYS_S = [
  2,
  2,
  2,
  60,
  120,
  ...Array<number>(6).fill(3600),
  ...Array<number>(7).fill(86_400),
];

/** A registration left unanswered this long is deleted (FACTS §9), scaled like the retry delays. */
export const UNANSWERED_REGISTRATION_S = 14 * 86_400;

export type DispatcherOptions = { retryScale: number; timeoutMs: number; reorderWindowMs: number };

type PostResult = { status: number | null; error: string | null };

/**
 * Delivers webhooks in wall-clock time: one in flight per registration, in creation order, so a
 * failing event holds back later ones for that registration (order kept, at-least-once).
 */
export class WebhookDispatcher {
  private queues = new Map<string, Delivery[]>();
  private busy = new Set<string>();
  private timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;
  private httpAgent = new HttpAgent({ keepAlive: true });
  private httpsAgent = new HttpsAgent({ keepAlive: true });

  constructor(
    private readonly store: Store,
    private readonly faults: Faults,
    private readonly options: DispatcherOptions,
  ) {}

  emit(payload: EventPayload): void {
    if (!this.faults.config.webhooksEnabled) return;
    const body = JSON.stringify(payload);
    for (const reg of this.store.webhooks.values()) {
      if (reg.msn !== payload.msn || !reg.events.includes(payload.eventType)) continue;
      const now = Date.now();
      const delivery: Delivery = {
        id: newUuid(),
        registrationId: reg.id,
        msn: reg.msn,
        eventType: payload.eventType,
        body,
        status: this.faults.roll(this.faults.config.webhookDropRate) ? "dropped" : "pending",
        attempts: 0,
        createdAt: now,
        nextAttemptAt: now,
        lastStatus: null,
        lastError: null,
        deliveredAt: null,
        duplicates: 0,
        seq: ++this.store.deliverySeq,
      };
      this.store.putDelivery(delivery);
      if (delivery.status !== "pending") continue;
      this.enqueue(delivery);
      // With reordering on, wait a moment so events raised together can be sent newest first.
      if (this.faults.config.webhookReorder) this.wake(reg.id, this.options.reorderWindowMs);
      else this.pump(reg.id);
    }
  }

  /** After a restart: pending deliveries resume at once, oldest first. */
  restore(): void {
    const pending = [...this.store.deliveries.values()]
      .filter((d) => d.status === "pending")
      .sort((a, b) => a.seq - b.seq);
    const now = Date.now();
    for (const d of pending) {
      d.nextAttemptAt = Math.min(d.nextAttemptAt, now);
      this.enqueue(d);
    }
    for (const regId of this.queues.keys()) this.pump(regId);
  }

  /** A deleted registration's pending deliveries are given up. */
  dropRegistration(id: string, why = "registration deleted"): void {
    for (const d of this.queues.get(id) ?? []) {
      d.status = "failed";
      d.lastError = why;
      this.store.putDelivery(d);
    }
    this.queues.delete(id);
    const t = this.timers.get(id);
    if (t) clearTimeout(t);
    this.timers.delete(id);
  }

  get pendingCount(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.length;
    return n;
  }

  reset(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.queues.clear();
  }

  close(): void {
    this.stopped = true;
    this.reset();
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private enqueue(d: Delivery): void {
    let q = this.queues.get(d.registrationId);
    if (!q) this.queues.set(d.registrationId, (q = []));
    q.push(d);
  }

  private wake(regId: string, delayMs: number): void {
    if (this.timers.has(regId)) return;
    const t = setTimeout(
      () => {
        this.timers.delete(regId);
        this.pump(regId);
      },
      Math.max(0, delayMs),
    );
    t.unref?.();
    this.timers.set(regId, t);
  }

  private pump(regId: string): void {
    if (this.stopped || this.busy.has(regId)) return;
    const queue = this.queues.get(regId);
    const reg = this.store.webhooks.get(regId);
    if (!queue || queue.length === 0 || !reg) return;
    const next = this.faults.config.webhookReorder ? queue[queue.length - 1]! : queue[0]!;
    const wait = next.nextAttemptAt - Date.now();
    if (wait > 0) return this.wake(regId, wait);
    this.busy.add(regId);
    void this.attempt(reg, next, queue).finally(() => {
      this.busy.delete(regId);
      this.pump(regId);
    });
  }

  private async attempt(reg: WebhookRegistration, d: Delivery, queue: Delivery[]): Promise<void> {
    const result = await this.post(reg, d.body);
    // A reset or a deleted registration may have dropped this delivery while it was in flight.
    if (this.stopped || d.status !== "pending" || this.store.deliveries.get(d.id) !== d) return;
    d.attempts++;
    d.lastStatus = result.status;
    d.lastError = result.error;
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    if (this.noteHealth(reg, ok)) return;
    if (ok || d.attempts > RETRY_DELAYS_S.length) {
      d.status = ok ? "delivered" : "failed";
      d.deliveredAt = ok ? Date.now() : null;
      queue.splice(queue.indexOf(d), 1);
      if (ok && this.faults.roll(this.faults.config.webhookDuplicateRate)) {
        d.duplicates++;
        await this.post(reg, d.body);
      }
    } else {
      d.nextAttemptAt =
        Date.now() + (RETRY_DELAYS_S[d.attempts - 1] ?? 86_400) * 1000 * this.options.retryScale;
    }
    this.store.putDelivery(d);
    if (d.status !== "pending") this.store.pruneDeliveries();
  }

  /**
   * Tracks how long a registration has gone unanswered; after two weeks (wall clock, like every
   * delivery timing, times the retry scale) it is deleted with its pending deliveries. True if so.
   */
  private noteHealth(reg: WebhookRegistration, ok: boolean): boolean {
    const now = Date.now();
    if (ok) {
      if (reg.failingSince == null) return false;
      reg.failingSince = null;
      this.store.putWebhook(reg);
      return false;
    }
    if (reg.failingSince == null) {
      reg.failingSince = now;
      this.store.putWebhook(reg);
      return false;
    }
    if (now - reg.failingSince < UNANSWERED_REGISTRATION_S * 1000 * this.options.retryScale) return false;
    this.dropRegistration(reg.id, "registration deleted: unanswered for two weeks");
    this.store.deleteWebhook(reg.id);
    this.store.pruneDeliveries();
    return true;
  }

  private post(reg: WebhookRegistration, body: string): Promise<PostResult> {
    return new Promise((resolve) => {
      let target: URL;
      try {
        target = new URL(reg.url);
      } catch {
        return resolve({ status: null, error: "invalid URL" });
      }
      const signed = signWebhook({ secret: reg.secret, url: reg.url, date: new Date().toUTCString(), body });
      const isHttps = target.protocol === "https:";
      const req = (isHttps ? httpsRequest : httpRequest)(
        target,
        {
          method: "POST",
          agent: isHttps ? this.httpsAgent : this.httpAgent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            ...signed,
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? null, error: null }));
          res.on("error", (e) => resolve({ status: null, error: e.message }));
        },
      );
      req.setTimeout(this.options.timeoutMs, () =>
        req.destroy(new Error(`no response within ${this.options.timeoutMs} ms`)),
      );
      req.on("error", (e) => resolve({ status: null, error: e.message }));
      req.end(body);
    });
  }
}
