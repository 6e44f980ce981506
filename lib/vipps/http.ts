// The transport under every Vipps call: standard headers, access token, timeout, retries with
// backoff that reuse the same Idempotency-Key, problem+json mapping, logging and the call record.
import type { ZodType } from "zod";
import type { Logger } from "@/lib/logger";
import { requestContext } from "@/lib/request-context";
import type { TProblem } from "@/lib/errors";
import { VippsNetworkError, VippsProblemError, VippsResponseError, toProblem } from "./errors";
import { redactBody, redactHeaders } from "./redact";
import { backoffMs, parseRetryAfter, sleep } from "./retry";
import { cachedToken, forgetToken } from "./token-cache";
import { ZAccessToken } from "./schemas";

// A bound on pages of one list: 100 pages of 500 charges is far beyond any real agreement.
const MAX_PAGES = 100;

export type TVippsConfig = {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  subscriptionKey: string;
  merchantSerialNumber: string;
  systemName: string;
  systemVersion: string;
  pluginName: string;
  pluginVersion: string;
  timeoutMs: number;
  maxAttempts: number;
  maxInlineRetryAfterMs: number;
  /** Our sales unit id, stored with each call record. */
  salesUnitId?: string;
};

export type TVippsCallRecord = {
  salesUnitId?: string;
  requestId?: string;
  operation: string;
  method: string;
  path: string;
  orderId?: string;
  agreementId?: string;
  idempotencyKey?: string;
  attempt: number;
  requestHeaders: Record<string, string>;
  requestBody?: unknown;
  status?: number;
  responseBody?: unknown;
  problem?: TProblem;
  error?: string;
  durationMs: number;
};

export type TVippsHooks = {
  logger: Logger;
  /** Stores the call (lib/server/vipps/record-call.ts); a failure to store is logged, never thrown. */
  recordCall?: (record: TVippsCallRecord) => Promise<void>;
};

export type TRequest<T> = {
  operation: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  orderId?: string;
  agreementId?: string;
  schema?: ZodType<T>;
  /** Userinfo must be called without the subscription key (Vipps answers 401 otherwise). */
  withoutSubscriptionKey?: boolean;
};

export class VippsHttp {
  constructor(
    readonly config: TVippsConfig,
    private readonly hooks: TVippsHooks,
  ) {}

  private get tokenKey() {
    return `${this.config.baseUrl}|${this.config.clientId}|${this.config.merchantSerialNumber}`;
  }

  systemHeaders(): Record<string, string> {
    return {
      "Merchant-Serial-Number": this.config.merchantSerialNumber,
      "Vipps-System-Name": this.config.systemName,
      "Vipps-System-Version": this.config.systemVersion,
      "Vipps-System-Plugin-Name": this.config.pluginName,
      "Vipps-System-Plugin-Version": this.config.pluginVersion,
    };
  }

  accessToken(): Promise<string> {
    return cachedToken(this.tokenKey, async () => {
      const response = await this.send({
        operation: "GetAccessToken",
        method: "POST",
        path: "/accesstoken/get",
        schema: ZAccessToken,
        authenticated: false,
        extraHeaders: { client_id: this.config.clientId, client_secret: this.config.clientSecret },
      });
      return { token: response.access_token, expiresInSeconds: response.expires_in };
    });
  }

  request<T>(req: TRequest<T>): Promise<T> {
    return this.send({ ...req, authenticated: true });
  }

  /**
   * A list endpoint, page after page: Vipps may answer with a Continuation-Token header, and the
   * same request repeated with it gives the next page [S23]. Reading only the first page would
   * silently lose the rest.
   */
  async requestAllPages<T>(req: TRequest<T[]>, maxPages = MAX_PAGES): Promise<T[]> {
    const items: T[] = [];
    let token: string | null = null;
    for (let page = 0; page < maxPages; page++) {
      const { value, headers }: { value: T[]; headers: Headers } = await this.exchange({
        ...req,
        authenticated: true,
        extraHeaders: token ? { "Continuation-Token": token } : undefined,
      });
      items.push(...(value ?? []));
      token = headers.get("continuation-token");
      if (!token) return items;
    }
    throw new VippsResponseError(`${req.operation}: more than ${maxPages} pages`, req.operation);
  }

  private async send<T>(
    req: TRequest<T> & { authenticated: boolean; extraHeaders?: Record<string, string> },
  ): Promise<T> {
    return (await this.exchange(req)).value;
  }

  private async exchange<T>(
    req: TRequest<T> & { authenticated: boolean; extraHeaders?: Record<string, string> },
  ): Promise<{ value: T; headers: Headers }> {
    const url = new URL(req.path, this.config.baseUrl);
    for (const [key, value] of Object.entries(req.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const pathWithQuery = url.pathname + url.search;
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    let refreshedToken = false;

    for (let attempt = 1; ; attempt++) {
      const headers: Record<string, string> = {
        ...this.systemHeaders(),
        ...req.extraHeaders,
        Accept: "application/json",
      };
      if (!req.withoutSubscriptionKey) headers["Ocp-Apim-Subscription-Key"] = this.config.subscriptionKey;
      if (req.authenticated) headers.Authorization = `Bearer ${await this.accessToken()}`;
      if (body !== undefined) headers["Content-Type"] = "application/json";
      if (req.idempotencyKey) headers["Idempotency-Key"] = req.idempotencyKey;

      const started = performance.now();
      const record: TVippsCallRecord = {
        salesUnitId: this.config.salesUnitId,
        requestId: requestContext()?.requestId,
        operation: req.operation,
        method: req.method,
        path: pathWithQuery,
        orderId: req.orderId,
        agreementId: req.agreementId,
        idempotencyKey: req.idempotencyKey,
        attempt,
        requestHeaders: redactHeaders(headers),
        requestBody: req.body === undefined ? undefined : redactBody(req.body),
        durationMs: 0,
      };

      let response: Response;
      let text: string;
      try {
        response = await fetch(url, {
          method: req.method,
          headers,
          body,
          signal: AbortSignal.timeout(this.config.timeoutMs),
        });
        text = await response.text();
      } catch (cause) {
        const timedOut =
          cause instanceof DOMException && (cause.name === "TimeoutError" || cause.name === "AbortError");
        const error = new VippsNetworkError(req.operation, timedOut, cause);
        await this.finish({ ...record, error: error.message, durationMs: elapsed(started) });
        if (attempt < this.config.maxAttempts) {
          await sleep(backoffMs(attempt));
          continue;
        }
        throw error;
      }

      const json = parseJson(text);
      record.status = response.status;
      record.durationMs = elapsed(started);
      if (response.ok) {
        record.responseBody = redactBody(json);
        await this.finish(record);
        if (!req.schema) return { value: undefined as T, headers: response.headers };
        const parsed = req.schema.safeParse(json);
        if (!parsed.success) {
          throw new VippsResponseError(
            `${req.operation}: unexpected response: ${parsed.error.message}`,
            req.operation,
          );
        }
        return { value: parsed.data, headers: response.headers };
      }

      const problem = toProblem(response.status, json ?? text, response.statusText || "Error");
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
      await this.finish({ ...record, responseBody: redactBody(json ?? text), problem });

      // An expired or revoked token: fetch a new one once and repeat the very same request.
      if (response.status === 401 && req.authenticated && !refreshedToken) {
        forgetToken(this.tokenKey);
        refreshedToken = true;
        attempt--;
        continue;
      }
      // 5xx and 429 are retried with the same Idempotency-Key. A long Retry-After is not waited out
      // here: the error carries it, so a job can reschedule itself instead of holding a worker.
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < this.config.maxAttempts) {
        if (retryAfterMs === undefined || retryAfterMs <= this.config.maxInlineRetryAfterMs) {
          await sleep(retryAfterMs ?? backoffMs(attempt));
          continue;
        }
      }
      throw new VippsProblemError(req.operation, response.status, problem, retryAfterMs);
    }
  }

  private async finish(record: TVippsCallRecord): Promise<void> {
    const failed = record.error !== undefined || (record.status ?? 0) >= 400;
    this.hooks.logger[failed ? "warn" : "info"](
      {
        requestId: record.requestId,
        operation: record.operation,
        method: record.method,
        path: record.path,
        status: record.status,
        orderId: record.orderId,
        idempotencyKey: record.idempotencyKey,
        attempt: record.attempt,
        durationMs: record.durationMs,
        problem: record.problem,
        error: record.error,
      },
      "vipps call",
    );
    if (!this.hooks.recordCall) return;
    try {
      await this.hooks.recordCall(record);
    } catch (error) {
      this.hooks.logger.error(
        { err: error, operation: record.operation },
        "could not store the vipps call record",
      );
    }
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
