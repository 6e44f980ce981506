export type LoggedRequest = {
  id: number;
  time: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  idempotencyKey: string | null;
  headers: Record<string, string>;
  body: unknown;
  responseBody: unknown;
};

const SECRET_HEADERS = new Set(["authorization", "client_secret", "ocp-apim-subscription-key"]);
const MAX_BODY = 4096;

/** Keeps enough of a value to recognize it, never enough to reuse it. */
function redact(value: string): string {
  if (value.length <= 8) return "[redacted]";
  return `${value.slice(0, value.startsWith("Bearer ") ? 11 : 4)}…[redacted]`;
}

export function redactHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    const value = Array.isArray(v) ? v.join(", ") : v;
    out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? redact(value) : value;
  }
  return out;
}

function bodyForLog(raw: string): unknown {
  if (!raw) return null;
  const text = raw.length > MAX_BODY ? `${raw.slice(0, MAX_BODY)}…` : raw;
  try {
    return raw.length > MAX_BODY ? text : (JSON.parse(raw) as unknown);
  } catch {
    return text;
  }
}

/** A ring buffer of the last Vipps-surface requests (not persisted). */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private nextId = 1;

  constructor(private readonly capacity: number) {}

  add(
    entry: Omit<LoggedRequest, "id" | "body" | "responseBody" | "headers"> & {
      headers: Record<string, string | string[] | undefined>;
      rawBody: string;
      rawResponse: string;
    },
  ): void {
    const { rawBody, rawResponse, headers, ...rest } = entry;
    this.entries.push({
      id: this.nextId++,
      ...rest,
      headers: redactHeaders(headers),
      body: bodyForLog(rawBody),
      responseBody: bodyForLog(rawResponse),
    });
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** Newest first. */
  list(filter: { limit?: number; pathContains?: string; method?: string } = {}): LoggedRequest[] {
    const out: LoggedRequest[] = [];
    const limit = filter.limit ?? 100;
    for (let i = this.entries.length - 1; i >= 0 && out.length < limit; i--) {
      const e = this.entries[i]!;
      if (filter.pathContains && !e.path.includes(filter.pathContains)) continue;
      if (filter.method && e.method !== filter.method.toUpperCase()) continue;
      out.push(e);
    }
    return out;
  }

  get size(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries = [];
  }
}
