// Small field checkers. Each pushes `{name, reason}` (the problem's extraDetails shape) and returns the
// typed value or undefined, so a validator reads top to bottom like the field table in FACTS §4.

export type FieldError = { name: string; reason: string };
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const at = (prefix: string, key: string): string => (prefix ? `${prefix}.${key}` : key);

type Common = { required?: boolean };

function present(errs: FieldError[], obj: Json, key: string, prefix: string, opts: Common): unknown {
  const value = obj[key];
  if (value === undefined || value === null) {
    if (opts.required) errs.push({ name: at(prefix, key), reason: "must not be null" });
    return undefined;
  }
  return value;
}

export function str(
  errs: FieldError[],
  obj: Json,
  key: string,
  prefix: string,
  opts: Common & { min?: number; max?: number; pattern?: RegExp; patternReason?: string } = {},
): string | undefined {
  const value = present(errs, obj, key, prefix, opts);
  if (value === undefined) return undefined;
  const name = at(prefix, key);
  if (typeof value !== "string") return void errs.push({ name, reason: "must be a string" });
  const min = opts.min ?? 0;
  if (value.length < min || (opts.max !== undefined && value.length > opts.max)) {
    const reason =
      opts.max === undefined ? `size must be at least ${min}` : `size must be between ${min} and ${opts.max}`;
    return void errs.push({ name, reason });
  }
  if (opts.pattern && !opts.pattern.test(value))
    return void errs.push({ name, reason: opts.patternReason ?? `must match "${opts.pattern.source}"` });
  return value;
}

/**
 * Vipps's JSON binding reads numbers from JSON strings too (System.Text.Json's AllowReadingFromString;
 * an official client sends `"count": "2"`), so a string of digits counts as that integer. Fractions,
 * exponents, blanks and other text do not.
 */
const INTEGER_TEXT = /^-?[0-9]+$/;

function asInteger(value: unknown): number | undefined {
  const n = typeof value === "string" && INTEGER_TEXT.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isSafeInteger(n) ? n : undefined;
}

export function int(
  errs: FieldError[],
  obj: Json,
  key: string,
  prefix: string,
  opts: Common & { min?: number; max?: number } = {},
): number | undefined {
  const value = present(errs, obj, key, prefix, opts);
  if (value === undefined) return undefined;
  const name = at(prefix, key);
  const n = asInteger(value);
  if (n === undefined) return void errs.push({ name, reason: "must be an integer" });
  if (opts.min !== undefined && n < opts.min)
    return void errs.push({ name, reason: `must be greater than or equal to ${opts.min}` });
  if (opts.max !== undefined && n > opts.max)
    return void errs.push({ name, reason: `must be less than or equal to ${opts.max}` });
  return n;
}

export function oneOf<T extends string>(
  errs: FieldError[],
  obj: Json,
  key: string,
  prefix: string,
  values: readonly T[],
  opts: Common = {},
): T | undefined {
  const value = present(errs, obj, key, prefix, opts);
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !(values as readonly string[]).includes(value))
    return void errs.push({ name: at(prefix, key), reason: `must be one of ${values.join(", ")}` });
  return value as T;
}

export function bool(
  errs: FieldError[],
  obj: Json,
  key: string,
  prefix: string,
  opts: Common = {},
): boolean | undefined {
  const value = present(errs, obj, key, prefix, opts);
  if (value === undefined) return undefined;
  const b = value === "true" ? true : value === "false" ? false : value;
  if (typeof b !== "boolean") return void errs.push({ name: at(prefix, key), reason: "must be a boolean" });
  return b;
}

export function child(
  errs: FieldError[],
  obj: Json,
  key: string,
  prefix: string,
  opts: Common = {},
): Json | undefined {
  const value = present(errs, obj, key, prefix, opts);
  if (value === undefined) return undefined;
  if (!isObject(value)) return void errs.push({ name: at(prefix, key), reason: "must be an object" });
  return value;
}

export const path = at;
