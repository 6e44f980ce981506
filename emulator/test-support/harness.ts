import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EmulatorOptions } from "../config";
import { DEFAULT_MERCHANTS } from "../domain/defaults";
import type { Merchant } from "../domain/types";
import { startEmulator, type RunningEmulator } from "../server";

export type HttpResult = { status: number; headers: Headers; text: string; body: unknown };

type Body = unknown;

export type RequestOptions = {
  headers?: Record<string, string | undefined>;
  /** false = send none; default: a fresh uuid on POST/PATCH/DELETE. */
  idempotencyKey?: string | false;
  /** Send this exact text instead of JSON.stringify(body). */
  raw?: string;
  auth?: boolean;
};

async function call(
  url: string,
  method: string,
  body: Body,
  headers: Record<string, string>,
  raw?: string,
): Promise<HttpResult> {
  const hasBody = raw !== undefined || body !== undefined;
  const res = await fetch(url, {
    method,
    headers,
    body: hasBody ? (raw ?? JSON.stringify(body)) : undefined,
    redirect: "manual",
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

/** A merchant's view of the API, with token handling and Idempotency-Keys done for you. */
export class VippsClient {
  private token: string | null = null;

  constructor(
    readonly baseUrl: string,
    readonly merchant: Pick<Merchant, "msn" | "clientId" | "clientSecret" | "subscriptionKey">,
  ) {}

  async accessToken(): Promise<string> {
    if (this.token) return this.token;
    const res = await call(`${this.baseUrl}/accesstoken/get`, "POST", undefined, {
      client_id: this.merchant.clientId,
      client_secret: this.merchant.clientSecret,
      "Ocp-Apim-Subscription-Key": this.merchant.subscriptionKey,
    });
    if (res.status !== 200) throw new Error(`token: ${res.status} ${res.text}`);
    this.token = (res.body as { access_token: string }).access_token;
    return this.token;
  }

  async request(method: string, path: string, body?: Body, opts: RequestOptions = {}): Promise<HttpResult> {
    const headers: Record<string, string> = {};
    if (opts.auth !== false) {
      headers.Authorization = `Bearer ${await this.accessToken()}`;
      headers["Ocp-Apim-Subscription-Key"] = this.merchant.subscriptionKey;
      headers["Merchant-Serial-Number"] = this.merchant.msn;
    }
    if (body !== undefined || opts.raw !== undefined) headers["Content-Type"] = "application/json";
    if (method !== "GET" && opts.idempotencyKey !== false)
      headers["Idempotency-Key"] = opts.idempotencyKey ?? randomUUID();
    for (const [k, v] of Object.entries(opts.headers ?? {})) {
      if (v === undefined) delete headers[k];
      else headers[k] = v;
    }
    return call(`${this.baseUrl}${path}`, method, body, headers, opts.raw);
  }

  get = (path: string, opts?: RequestOptions) => this.request("GET", path, undefined, opts);
  post = (path: string, body?: Body, opts?: RequestOptions) => this.request("POST", path, body, opts);
  patch = (path: string, body?: Body, opts?: RequestOptions) => this.request("PATCH", path, body, opts);
  delete = (path: string, opts?: RequestOptions) => this.request("DELETE", path, undefined, opts);

  /** Drafts an agreement; overrides are merged into a minimal valid body. */
  async draft(
    overrides: Record<string, unknown> = {},
  ): Promise<{ agreementId: string; chargeId: string | null; vippsConfirmationUrl: string }> {
    const res = await this.post("/recurring/v3/agreements", draftBody(this.merchant.msn, overrides));
    if (res.status !== 201) throw new Error(`draft: ${res.status} ${res.text}`);
    return res.body as { agreementId: string; chargeId: string | null; vippsConfirmationUrl: string };
  }

  /** Drafts and force-accepts an agreement for the given user. */
  async activeAgreement(overrides: Record<string, unknown> = {}, phoneNumber?: string): Promise<string> {
    const { agreementId } = await this.draft(overrides);
    const phone = phoneNumber ?? DEFAULT_PHONE[this.merchant.msn] ?? "4712345678";
    const res = await this.patch(`/recurring/v3/agreements/${agreementId}/accept`, { phoneNumber: phone });
    if (res.status !== 204) throw new Error(`accept: ${res.status} ${res.text}`);
    return agreementId;
  }

  async createCharge(
    agreementId: string,
    overrides: Record<string, unknown> = {},
    opts?: RequestOptions,
  ): Promise<HttpResult> {
    return this.post(
      `/recurring/v3/agreements/${agreementId}/charges`,
      { ...chargeBody(), ...overrides },
      opts,
    );
  }
}

const DEFAULT_PHONE: Record<string, string> = {
  "123456": "4712345678",
  "223456": "4512345678",
  "323456": "358401234567",
};
const CURRENCY: Record<string, string> = { "123456": "NOK", "223456": "DKK", "323456": "EUR" };

export function draftBody(msn: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pricing: { type: "LEGACY", amount: 29_900, currency: CURRENCY[msn] ?? "NOK" },
    interval: { unit: "MONTH", count: 1 },
    productName: "Avisabonnement",
    merchantRedirectUrl: "https://example.com/redirect",
    merchantAgreementUrl: "https://example.com/agreement",
    ...overrides,
  };
}

/** A due date `days` after the emulator's "today" (its clock starts at the wall clock). */
export function dueIn(days: number, now = Date.now()): string {
  return new Date(now + days * 86_400_000).toISOString().slice(0, 10);
}

export function chargeBody(): Record<string, unknown> {
  return {
    amount: 29_900,
    transactionType: "DIRECT_CAPTURE",
    description: "Monthly",
    due: dueIn(2),
    retryDays: 2,
  };
}

export type TestEmulator = {
  url: string;
  running: RunningEmulator;
  dataDir: string;
  /** The default Norwegian merchant (MSN 123456). */
  vipps: VippsClient;
  merchant(msn: string): VippsClient;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  controlRaw(method: string, path: string, body?: unknown): Promise<HttpResult>;
  now(): Promise<number>;
  close(opts?: { keepData?: boolean }): Promise<void>;
};

/** Starts an emulator in this process on a free port with a temp data dir and a manual clock. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "emu-test-"));
  const running = await startEmulator({
    port: 0,
    clock: "manual",
    asyncDelayMs: 0,
    webhookRetryScale: 0.001,
    rateLimits: false,
    fsync: false,
    ...options,
    dataDir,
  });
  const url = running.url;
  const clients = new Map<string, VippsClient>();
  const merchant = (msn: string) => {
    let c = clients.get(msn);
    if (!c) {
      const m = running.app.engine.store.merchants.get(msn) ?? DEFAULT_MERCHANTS.find((x) => x.msn === msn);
      if (!m) throw new Error(`no merchant ${msn}`);
      clients.set(msn, (c = new VippsClient(url, m)));
    }
    return c;
  };
  const controlRaw = (method: string, path: string, body?: unknown) =>
    call(`${url}${path}`, method, body, body === undefined ? {} : { "Content-Type": "application/json" });
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await controlRaw(method, path, body);
    if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status}: ${res.text}`);
    return res.body as T;
  };
  return {
    url,
    running,
    dataDir,
    vipps: merchant("123456"),
    merchant,
    control,
    controlRaw,
    now: async () => Date.parse((await control<{ now: string }>("GET", "/_emulator/clock")).now),
    close: async (opts = {}) => {
      await running.close();
      if (!opts.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 3000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw last instanceof Error ? last : new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}
