import { json, type Reply } from "../http/reply";

export type ControlRequest = {
  params: Record<string, string>;
  body: Record<string, unknown>;
  query: URLSearchParams;
  method: string;
};

export const ok = (value: unknown, status = 200): Reply => ({
  ...json(status, value),
  contentType: "application/json",
});
export const bad = (message: string, status = 400): Reply => ok({ error: message }, status);

export class ControlError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export function optionalNumber(
  body: Record<string, unknown>,
  key: string,
  opts: { min?: number; max?: number; integer?: boolean } = {},
): number | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v) || (opts.integer && !Number.isInteger(v)))
    throw new ControlError(`${key} must be a${opts.integer ? "n integer" : " number"}`);
  if (opts.min !== undefined && v < opts.min) throw new ControlError(`${key} must be >= ${opts.min}`);
  if (opts.max !== undefined && v > opts.max) throw new ControlError(`${key} must be <= ${opts.max}`);
  return v;
}

export function optionalString(
  body: Record<string, unknown>,
  key: string,
  pattern?: RegExp,
): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string" || (pattern && !pattern.test(v))) throw new ControlError(`${key} is invalid`);
  return v;
}

export function optionalBoolean(body: Record<string, unknown>, key: string): boolean | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") throw new ControlError(`${key} must be a boolean`);
  return v;
}

export function limitParam(query: URLSearchParams, fallback: number, max = 10_000): number {
  const raw = query.get("limit");
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new ControlError("limit must be a positive integer");
  return Math.min(n, max);
}
