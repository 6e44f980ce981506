import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { SECURITY_HEADERS } from "@/lib/http/security-headers.mjs";
import { handleWebhookDelivery } from "./handle-webhook-delivery";
import { WEBHOOK_PATH } from "./webhook-url";

/** A Vipps delivery, which the web role answers itself instead of handing it to Next.js. */
export const isWebhookDelivery = (request: IncomingMessage): boolean => {
  if (request.method !== "POST" || !request.url?.startsWith(WEBHOOK_PATH)) return false;
  const rest = request.url.slice(WEBHOOK_PATH.length);
  return rest === "" || rest.startsWith("?");
};

const HEADERS = Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]));

/**
 * POST /api/webhooks/vipps on plain node:http: the same handleWebhookDelivery as the Next.js route,
 * without Next's per-request work, which alone capped the intake at about 500 a second on 2 cores.
 */
export const serveWebhookRequest = async (
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  // Decoded as Request.text() decodes it (UTF-8, a leading BOM dropped), so both paths verify the same text.
  const rawBody = new TextDecoder().decode(Buffer.concat(chunks));
  const answer = await handleWebhookDelivery(rawBody, (name) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  });
  const json = JSON.stringify(answer.body);
  response
    .writeHead(answer.status, {
      ...HEADERS,
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(json),
    })
    .end(json);
};
