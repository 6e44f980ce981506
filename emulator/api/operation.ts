import type { IncomingHttpHeaders } from "node:http";
import type { App } from "../app";
import type { Violation } from "../domain/charge-rules";
import type { Merchant } from "../domain/types";
import type { FieldError } from "../domain/validation/fields";
import { problem, type ProblemContext, type Reply } from "../http/reply";

export type OpContext = {
  app: App;
  merchant: Merchant;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** Present on every POST/PATCH/DELETE of the Recurring API (checked before the handler runs). */
  idempotencyKey: string;
  headers: IncomingHttpHeaders;
  problem: ProblemContext;
};

export type Operation = {
  name: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  pattern: RegExp;
  api: "recurring" | "webhooks";
  /** Requires Idempotency-Key and remembers outcomes per key. */
  idempotent: boolean;
  body: "object" | "array" | "none";
  rateLimit?: (
    ctx: Pick<OpContext, "params" | "merchant" | "idempotencyKey">,
  ) => { key: string; limit: number } | null;
  handle: (ctx: OpContext) => Reply;
};

export const violationReply = (ctx: OpContext, v: Violation): Reply =>
  problem(ctx.problem, v.status, v.problem, v.detail, v.field ? [{ name: v.field, reason: v.detail }] : []);

export const validationReply = (
  ctx: OpContext,
  errors: FieldError[],
  identifier = "validation-error",
): Reply => problem(ctx.problem, 400, identifier, "Input validation failed", errors);
