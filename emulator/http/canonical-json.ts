import { createHash } from "node:crypto";

/** JSON with sorted keys, so whitespace or key order never makes two equal bodies "different". */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** What "the same request" means for idempotency: method, path and body. */
export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash("sha1").update(`${method} ${path}\n${body}`).digest("base64");
}
