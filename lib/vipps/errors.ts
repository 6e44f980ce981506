// Typed errors for everything a Vipps MobilePay call can end in. Problem details are kept as they
// came (including extraDetails {name, reason}), so support staff see what Vipps said.

import type { TExtraDetail, TProblem } from "@/lib/errors";

export class VippsError extends Error {
  constructor(
    message: string,
    readonly operation: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Vipps answered with an error status (4xx, or 5xx/429 after the retries ran out). */
export class VippsProblemError extends VippsError {
  constructor(
    operation: string,
    readonly status: number,
    readonly problem: TProblem,
    readonly retryAfterMs?: number,
  ) {
    super(
      `${operation} failed with ${status}: ${problem.detail ?? problem.title ?? "no details"}`,
      operation,
    );
  }

  /** The problem identifier, e.g. "charge-due-too-soon", from the `type` URL's fragment. */
  get identifier(): string | undefined {
    return problemIdentifier(this.problem);
  }

  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/** The request never got an answer: connection refused or reset, or the timeout passed. */
export class VippsNetworkError extends VippsError {
  constructor(
    operation: string,
    readonly timedOut: boolean,
    cause: unknown,
  ) {
    super(`${operation} got no answer from Vipps: ${timedOut ? "timed out" : describe(cause)}`, operation);
    this.cause = cause;
  }
}

/** Vipps answered 2xx, but with a body we do not understand. */
export class VippsResponseError extends VippsError {}

export function problemIdentifier(problem: TProblem): string | undefined {
  const hash = problem.type?.lastIndexOf("#") ?? -1;
  if (problem.type && hash >= 0) return problem.type.slice(hash + 1);
  return undefined;
}

export function isRetryable(error: unknown): boolean {
  return error instanceof VippsNetworkError || (error instanceof VippsProblemError && error.retryable);
}

/** Normalises the shapes Vipps uses for errors (RFC 7807, and the gateway's own bodies). */
export function toProblem(status: number, body: unknown, fallbackTitle: string): TProblem {
  if (body && typeof body === "object") {
    const b = body as Record<string, unknown>;
    if (typeof b.type === "string" || typeof b.title === "string" || typeof b.detail === "string") {
      return {
        type: str(b.type),
        title: str(b.title),
        status: typeof b.status === "number" ? b.status : status,
        detail: str(b.detail),
        instance: str(b.instance),
        contextId: str(b.contextId),
        traceId: str(b.traceId),
        extraDetails: extraDetails(b.extraDetails),
      };
    }
    // Gateway (APIM) shapes: {statusCode, message} and {responseInfo, result: {message}}.
    const message =
      str(b.message) ??
      str((b.result as Record<string, unknown> | undefined)?.message) ??
      str(b.error_description);
    if (message) return { title: fallbackTitle, status, detail: message };
  }
  return {
    title: fallbackTitle,
    status,
    detail: typeof body === "string" && body ? body.slice(0, 500) : undefined,
  };
}

function extraDetails(value: unknown): TExtraDetail[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((item) => {
    const i = (item ?? {}) as Record<string, unknown>;
    // The 2023 spec used {field, text}; Vipps has sent {name, reason} since December 2023.
    return { name: str(i.name) ?? str(i.field) ?? "", reason: str(i.reason) ?? str(i.text) ?? "" };
  });
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as Error & { cause?: { code?: string } }).cause?.code;
    return inner ? `${cause.message} (${inner})` : cause.message;
  }
  return String(cause);
}
