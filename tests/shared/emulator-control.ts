// A typed client for the emulator's control and inspection API (/_emulator/*): the user's side
// (approve, reject, stop in the app), the clock, faults, and read access to its state. The one
// client for both test tiers: integration tests and e2e specs import it from here.

export type TFaults = {
  rate5xx?: number;
  rate429?: number;
  retryAfterSeconds?: number;
  rateTimeout?: number;
  timeoutMs?: number;
  applyBeforeFailure?: number;
  webhookDropRate?: number;
  webhookDuplicateRate?: number;
  webhookReorder?: boolean;
  webhooksEnabled?: boolean;
  pathPattern?: string;
  seed?: number;
};

export type TEmulatorCharge = {
  id: string;
  agreementId: string;
  status: string;
  amount: number;
  type: string;
  transactionType?: string;
  description?: string;
  due?: string | null;
  retryDays?: number | null;
  summary?: { captured: number; refunded: number; cancelled: number };
  history?: unknown[];
  [key: string]: unknown;
};

export type TEmulatorWebhook = { id: string; url: string; secret: string; [key: string]: unknown };

export type TEmulatorAgreement = {
  id: string;
  status: string;
  pricing: { amount?: number; currency: string; suggestedMaxAmount?: number; maxAmount?: number };
  charges?: TEmulatorCharge[];
  [key: string]: unknown;
};

export class EmulatorControl {
  constructor(readonly baseUrl: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  reset = () => this.call<void>("POST", "/_emulator/reset");
  clock = () => this.call<{ now: string; mode: string }>("GET", "/_emulator/clock");
  setClock = (body: { now?: string; mode?: "manual" | "realtime" }) =>
    this.call<{ now: string }>("POST", "/_emulator/clock", body);
  advance = (by: { days?: number; hours?: number; minutes?: number; seconds?: number }) =>
    this.call<{ now: string }>("POST", "/_emulator/clock/advance", by);
  runBatches = () => this.call<void>("POST", "/_emulator/batches/run");
  setFaults = (faults: TFaults) => this.call<TFaults>("POST", "/_emulator/faults", faults);
  clearFaults = () => this.call<void>("DELETE", "/_emulator/faults");
  settings = (body: { leadDays?: number; asyncDelayMs?: number; chargePageSize?: number }) =>
    this.call<Record<string, number>>("POST", "/_emulator/settings", body);
  setRateLimits = (enabled: boolean) => this.call<void>("POST", "/_emulator/rate-limits", { enabled });
  requests = (query: { limit?: number; pathContains?: string; method?: string } = {}) =>
    this.call<TEmulatorRequest[]>("GET", `/_emulator/requests?${params(query)}`);
  agreement = (id: string) =>
    this.call<TEmulatorAgreement>("GET", `/_emulator/agreements/${encodeURIComponent(id)}`);
  agreements = (query: { msn?: string; status?: string; phoneNumber?: string } = {}) =>
    this.call<TEmulatorAgreement[]>("GET", `/_emulator/agreements?${params(query)}`);
  charges = (query: { msn?: string; agreementId?: string; status?: string } = {}) =>
    this.call<TEmulatorCharge[]>("GET", `/_emulator/charges?${params(query)}`);
  webhooks = () => this.call<TEmulatorWebhook[]>("GET", "/_emulator/webhooks");
  stats = () => this.call<Record<string, unknown>>("GET", "/_emulator/stats");
  webhookDeliveries = (query: { limit?: number; status?: string } = {}) =>
    this.call<Record<string, unknown>[]>("GET", `/_emulator/webhook-deliveries?${params(query)}`);
  approve = (agreementId: string, phoneNumber?: string) =>
    this.call<void>(
      "POST",
      `/_emulator/agreements/${encodeURIComponent(agreementId)}/approve`,
      phoneNumber ? { phoneNumber } : {},
    );
  reject = (agreementId: string) =>
    this.call<void>("POST", `/_emulator/agreements/${encodeURIComponent(agreementId)}/reject`, {});
  userStop = (agreementId: string) =>
    this.call<void>("POST", `/_emulator/agreements/${encodeURIComponent(agreementId)}/user-stop`, {});
  /** Vipps forgets the agreement (its test environment purges data): a GET answers 404 from now on. */
  deleteAgreement = (agreementId: string) =>
    this.call<void>("POST", `/_emulator/agreements/${encodeURIComponent(agreementId)}/delete`, {});
  setMaxAmount = (agreementId: string, maxAmount: number) =>
    this.call<void>("POST", `/_emulator/agreements/${encodeURIComponent(agreementId)}/max-amount`, {
      maxAmount,
    });
  portalRefund = (chargeId: string, amount: number, description = "Refund from the business portal") =>
    this.call<void>("POST", `/_emulator/charges/${encodeURIComponent(chargeId)}/portal-refund`, {
      amount,
      description,
    });
  addUser = (user: {
    phoneNumber: string;
    name?: string;
    email?: string;
    market?: string;
    outcome?: string;
    recoverAfterDays?: number;
  }) => this.call<void>("POST", "/_emulator/users", user);
  seedAgreements = (body: Record<string, unknown>) =>
    this.call<{ ids: string[] }>("POST", "/_emulator/seed/agreements", body);
}

export type TEmulatorRequest = {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  idempotencyKey?: string;
  [key: string]: unknown;
};

function params(query: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
  return search.toString();
}
