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

type Stored = Omit<LoggedRequest, "body" | "responseBody" | "headers"> & {
  rawHeaders: Record<string, string | string[] | undefined>;
  rawBody: string;
  rawResponse: string;
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
  if (raw.length > MAX_BODY) return `${raw.slice(0, MAX_BODY)}…`;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/**
 * A ring buffer of the last Vipps-surface requests (not persisted). Entries keep the raw strings;
 * redaction and parsing happen when someone reads the log, off the hot path.
 */
export class RequestLog {
  private entries: (Stored | undefined)[];
  private next = 0;
  private count = 0;
  private nextId = 1;

  constructor(private readonly capacity: number) {
    this.entries = new Array<Stored | undefined>(capacity);
  }

  add(
    entry: Omit<Stored, "id" | "rawHeaders"> & { headers: Record<string, string | string[] | undefined> },
  ): void {
    const { headers, rawBody, rawResponse, ...rest } = entry;
    this.entries[this.next] = {
      id: this.nextId++,
      ...rest,
      rawHeaders: headers,
      rawBody: rawBody.length > MAX_BODY + 1 ? rawBody.slice(0, MAX_BODY + 1) : rawBody,
      rawResponse: rawResponse.length > MAX_BODY + 1 ? rawResponse.slice(0, MAX_BODY + 1) : rawResponse,
    };
    this.next = (this.next + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  /** Newest first. */
  list(filter: { limit?: number; pathContains?: string; method?: string } = {}): LoggedRequest[] {
    const out: LoggedRequest[] = [];
    const limit = filter.limit ?? 100;
    for (let i = 1; i <= this.count && out.length < limit; i++) {
      const e = this.entries[(this.next - i + this.capacity) % this.capacity];
      if (!e) continue;
      if (filter.pathContains && !e.path.includes(filter.pathContains)) continue;
      if (filter.method && e.method !== filter.method.toUpperCase()) continue;
      const { rawHeaders, rawBody, rawResponse, ...rest } = e;
      out.push({
        ...rest,
        headers: redactHeaders(rawHeaders),
        body: bodyForLog(rawBody),
        responseBody: bodyForLog(rawResponse),
      });
    }
    return out;
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.entries = new Array<Stored | undefined>(this.capacity);
    this.next = 0;
    this.count = 0;
  }
}
