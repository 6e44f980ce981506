import "server-only";
import { env } from "@/lib/env";

/** Where Vipps delivers: WEBHOOK_URL when set (e.g. a tunnel), else APP_URL/api/webhooks/vipps. */
export function webhookUrl(): string {
  return env().WEBHOOK_URL ?? `${env().APP_URL.replace(/\/$/, "")}/api/webhooks/vipps`;
}
