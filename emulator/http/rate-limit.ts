/** Per-key limits per minute from the 2023 guide (FACTS §3). */
export const RATE_LIMITS = {
  CreateCharge: 2,
  CancelCharge: 5,
  CaptureCharge: 5,
  RefundCharge: 5,
  ListAgreements: 5,
  UpdateAgreement: 5,
  FetchCharge: 10,
  ListCharges: 10,
  FetchChargeById: 100,
  FetchAgreement: 120,
  DraftAgreement: 300,
} as const;

export type RateLimitedOperation = keyof typeof RATE_LIMITS;

const WINDOW_MS = 60_000;

/** Fixed one-minute windows in wall-clock time, one per key. */
export class RateLimiter {
  enabled: boolean;
  private windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(enabled: boolean) {
    this.enabled = enabled;
  }

  /** Counts a request; returns seconds to wait when over the limit, else null. */
  hit(key: string, limit: number, now = Date.now()): number | null {
    if (!this.enabled) return null;
    if (now - this.lastSweep > WINDOW_MS) this.sweep(now);
    let w = this.windows.get(key);
    if (!w || now - w.start >= WINDOW_MS) this.windows.set(key, (w = { start: now, count: 0 }));
    w.count++;
    if (w.count <= limit) return null;
    return Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000));
  }

  reset(): void {
    this.windows.clear();
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [k, w] of this.windows) if (now - w.start >= WINDOW_MS) this.windows.delete(k);
  }
}
