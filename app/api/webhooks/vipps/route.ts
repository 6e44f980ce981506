import { logger } from "@/lib/logger";
import { withRequestContext } from "@/lib/request-context";
import { receiveWebhook } from "@/lib/server/webhooks/receive-webhook";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Vipps MobilePay webhooks (FACTS §9). The raw body is what the signature covers, so it is read
 * as text before anything parses it. Verified events are stored and queued; the answer is quick
 * (Vipps waits at most 10 s), the work happens in the webhook.process job.
 */
export async function POST(request: Request): Promise<Response> {
  // The proxy does not run here (no session to read): the id is made here, never taken from the caller.
  return withRequestContext({ requestId: crypto.randomUUID() }, async () => {
    const rawBody = await request.text();
    const result = await receiveWebhook({
      rawBody,
      headers: {
        date: request.headers.get("x-ms-date"),
        contentSha256: request.headers.get("x-ms-content-sha256"),
        // The official plugins also accept the signature under this name.
        authorization: request.headers.get("authorization") ?? request.headers.get("x-vipps-authorization"),
      },
    });
    if (result.status !== 200) logger.warn({ status: result.status, body: result.body }, "webhook refused");
    return Response.json(result.body, { status: result.status });
  });
}
