import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { time } from "@/components/support/format";
import type { TWebhookStatus } from "@/lib/server/system/get-system-status";

/**
 * Each sales unit's webhook as Abo last found it at Vipps (the worker looks hourly and registers a
 * missing one again; the checklist and "Test connection" look too), with the last re-registration.
 */
export function WebhookStatus({ webhooks }: { webhooks: TWebhookStatus[] }) {
  return (
    <Card aria-labelledby="webhooks-heading" className="flex flex-col gap-3">
      <h2 id="webhooks-heading" className="text-lg font-semibold">
        Webhooks
      </h2>
      {webhooks.length === 0 ? <p className="text-sm">No sales units are connected yet.</p> : null}
      <ul className="flex flex-col gap-2 text-sm">
        {webhooks.map((w) => {
          const state = !w.registeredAt ? "Not registered" : w.problem ? "Problem" : "OK";
          return (
            <li
              key={w.salesUnitId}
              aria-label={`Webhook of MSN ${w.msn}`}
              className="flex flex-col gap-1 rounded-lg border border-neutral-200 p-3"
            >
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{w.name}</span>
                <span className="text-neutral-700">
                  {w.market} · {w.environment === "PRODUCTION" ? "production" : "test"} · MSN {w.msn}
                </span>
                <Badge tone={state === "OK" ? "green" : state === "Problem" ? "red" : "neutral"}>
                  {state}
                </Badge>
              </p>
              <p className="wrap-anywhere">
                {w.problem ??
                  (w.registeredAt ? `Delivers to ${w.url}.` : "Registered when the sales unit is in use.")}
                {w.checkedAt ? ` Last looked at Vipps MobilePay: ${time(w.checkedAt)}.` : ""}
              </p>
              {w.lastRepair ? (
                <p className="wrap-anywhere">
                  Registered again by the worker at {time(w.lastRepair.at)}: {w.lastRepair.reason}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
