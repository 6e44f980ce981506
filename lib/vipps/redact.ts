// What may be stored in the call log: headers and bodies without credentials or tokens.

const SECRET_HEADERS = new Set(["authorization", "client_secret", "ocp-apim-subscription-key", "client_id"]);
const SECRET_FIELDS = new Set(["access_token", "secret", "client_secret"]);

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === "authorization")
      out[name] = value.startsWith("Bearer ") ? "Bearer [redacted]" : "[redacted]";
    else if (SECRET_HEADERS.has(lower)) out[name] = "[redacted]";
    else out[name] = value;
  }
  return out;
}

export function redactBody(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(redactBody);
  if (body && typeof body === "object") {
    return Object.fromEntries(
      Object.entries(body as Record<string, unknown>).map(([k, v]) => [
        k,
        SECRET_FIELDS.has(k) ? "[redacted]" : redactBody(v),
      ]),
    );
  }
  return body;
}
