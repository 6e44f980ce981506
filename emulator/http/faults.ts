export type FaultConfig = {
  rate5xx: number;
  rate429: number;
  retryAfterSeconds: number;
  rateTimeout: number;
  timeoutMs: number;
  /** Share of injected 5xx/timeouts that happen after the operation was applied. */
  applyBeforeFailure: number;
  webhookDropRate: number;
  webhookDuplicateRate: number;
  webhookReorder: boolean;
  webhooksEnabled: boolean;
  /** Regex; when set, faults apply only to matching Vipps-surface paths (the token path included). */
  pathPattern: string | null;
  seed: number | null;
};

export const DEFAULT_FAULTS: FaultConfig = {
  rate5xx: 0,
  rate429: 0,
  retryAfterSeconds: 1,
  rateTimeout: 0,
  timeoutMs: 15_000,
  applyBeforeFailure: 0.5,
  webhookDropRate: 0,
  webhookDuplicateRate: 0,
  webhookReorder: false,
  webhooksEnabled: true,
  pathPattern: null,
  seed: null,
};

export type FaultDecision =
  | { kind: "none" }
  | { kind: "429"; retryAfterSeconds: number }
  | { kind: "5xx" | "timeout"; afterApply: boolean };

/** mulberry32: small, fast and seedable, so a fault run can be reproduced. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Faults {
  config: FaultConfig = { ...DEFAULT_FAULTS };
  private pattern: RegExp | null = null;
  random: () => number = Math.random;

  update(change: Partial<FaultConfig>): void {
    this.config = { ...this.config, ...change };
    this.pattern = this.config.pathPattern ? new RegExp(this.config.pathPattern) : null;
    this.random = this.config.seed === null ? Math.random : seededRandom(this.config.seed);
  }

  clear(): void {
    this.update(DEFAULT_FAULTS);
  }

  /** Faults never touch the token endpoint unless pathPattern names it explicitly. */
  applies(path: string, isTokenPath: boolean): boolean {
    if (this.pattern) return this.pattern.test(path);
    return !isTokenPath;
  }

  decide(path: string, isTokenPath: boolean): FaultDecision {
    const c = this.config;
    if (c.rate429 + c.rate5xx + c.rateTimeout <= 0 || !this.applies(path, isTokenPath))
      return { kind: "none" };
    const r = this.random();
    if (r < c.rate429) return { kind: "429", retryAfterSeconds: c.retryAfterSeconds };
    if (r < c.rate429 + c.rate5xx) return { kind: "5xx", afterApply: this.random() < c.applyBeforeFailure };
    if (r < c.rate429 + c.rate5xx + c.rateTimeout)
      return { kind: "timeout", afterApply: this.random() < c.applyBeforeFailure };
    return { kind: "none" };
  }

  roll(rate: number): boolean {
    return rate > 0 && this.random() < rate;
  }
}
