import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { time } from "@/components/support/format";
import type { TWebhookStatus } from "@/lib/server/system/get-system-status";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";

/**
 * Each sales unit's webhook as Abo last found it at Vipps (the worker looks hourly and registers a
 * missing one again; the checklist and "Test connection" look too), with the last re-registration.
 */
export function WebhookStatus({ webhooks, m }: { webhooks: TWebhookStatus[]; m: TAdminMessages["system"] }) {
  return (
    <Card aria-labelledby="webhooks-heading" className="flex flex-col gap-3">
      <h2 id="webhooks-heading" className="text-lg font-semibold">
        {m.webhooks}
      </h2>
      {webhooks.length === 0 ? <p className="text-sm">{m.noUnits}</p> : null}
      <ul className="flex flex-col gap-2 text-sm">
        {webhooks.map((w) => {
          const state = !w.registeredAt ? "notRegistered" : w.problem ? "problem" : "ok";
          return (
            <li
              key={w.salesUnitId}
              aria-label={format(m.webhookLabel, { msn: w.msn })}
              className="flex flex-col gap-1 rounded-lg border border-neutral-200 p-3"
            >
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{w.name}</span>
                <span className="text-neutral-700">
                  {format(m.unitLine, {
                    market: w.market,
                    environment:
                      w.environment === "PRODUCTION" ? m.environments.PRODUCTION : m.environments.TEST,
                    msn: w.msn,
                  })}
                </span>
                <Badge tone={state === "ok" ? "green" : state === "problem" ? "red" : "neutral"}>
                  {m.webhookStates[state]}
                </Badge>
              </p>
              <p className="wrap-anywhere">
                {w.problem ??
                  (w.registeredAt ? format(m.deliversTo, { url: w.url ?? "" }) : m.registeredWhenInUse)}
                {w.checkedAt ? ` ${format(m.lastLooked, { at: time(w.checkedAt) })}` : ""}
              </p>
              {w.lastRepair ? (
                <p className="wrap-anywhere">
                  {format(m.repaired, { at: time(w.lastRepair.at), reason: w.lastRepair.reason ?? "" })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
