import "server-only";
import { randomUUID } from "node:crypto";
import { logger } from "@/lib/logger";
import { withRequestContext } from "@/lib/request-context";
import { receiveWebhook, type TWebhookResponse } from "./receive-webhook";

export type TWebhookAnswer = TWebhookResponse | { status: 500; body: { error: string } };

/**
 * One delivery to POST /api/webhooks/vipps, whoever carries it over HTTP: the web role's own
 * server (scripts/web.ts, in production) or the Next.js route (next dev). `rawBody` is the body as
 * sent, since that is what the signature covers; `header` reads a request header by its lower-case
 * name. The request id is made here, never taken from the caller.
 */
export const handleWebhookDelivery = (
  rawBody: string,
  header: (name: string) => string | null,
): Promise<TWebhookAnswer> => {
  const requestId = randomUUID();
  return withRequestContext({ requestId }, async (): Promise<TWebhookAnswer> => {
    const log = logger.child({ name: "webhook", requestId });
    try {
      const result = await receiveWebhook({
        rawBody,
        headers: {
          date: header("x-ms-date"),
          contentSha256: header("x-ms-content-sha256"),
          // The official plugins also accept the signature under this name.
          authorization: header("authorization") ?? header("x-vipps-authorization"),
        },
      });
      if (result.status !== 200) log.warn({ status: result.status, body: result.body }, "webhook refused");
      return result;
    } catch (error) {
      // Nothing was answered 200, so Vipps delivers again (it retries a 5xx).
      log.error({ err: error }, "webhook could not be taken");
      return { status: 500, body: { error: "internal error" } };
    }
  });
};
