import "server-only";
import { env } from "@/lib/env";

/** The app's path for deliveries: the Next.js route's, which the web role also answers itself. */
export const WEBHOOK_PATH = "/api/webhooks/vipps";

/** Where Vipps delivers: WEBHOOK_URL when set (e.g. a tunnel), else APP_URL/api/webhooks/vipps. */
export function webhookUrl(): string {
  return env().WEBHOOK_URL ?? `${env().APP_URL.replace(/\/$/, "")}${WEBHOOK_PATH}`;
}
