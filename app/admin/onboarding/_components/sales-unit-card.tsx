"use client";

import { checkConnectionAction, registerWebhooksAction } from "../actions";
import type { TBrand } from "@/components/brand/brand";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TOnboardingUnit } from "@/lib/server/admin/get-onboarding";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";

const when = (date: Date | null) =>
  date ? new Date(date).toISOString().replace("T", " ").slice(0, 16) + " UTC" : "";

/** One sales unit: what is stored (MSN, key hint) and the wizard's steps for it. */
/** `brand`: the app customers of this unit's market see today, on Abo's clock (`brandOf`). */
export function SalesUnitCard({
  unit,
  brand,
  m,
}: {
  unit: TOnboardingUnit;
  brand: TBrand;
  m: TAdminMessages["salesUnit"];
}) {
  const connection = useActionForm(checkConnectionAction);
  const webhooks = useActionForm(registerWebhooksAction);
  const tested = connection.data;
  const failure =
    (tested && !tested.ok ? tested.message : null) ?? connection.formError ?? webhooks.formError;
  return (
    <Card className="flex flex-col gap-3" aria-label={format(m.label, { msn: unit.msn })}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{unit.name}</h3>
        <Badge tone={unit.environment === "PRODUCTION" ? "amber" : "blue"}>
          {unit.environment === "PRODUCTION" ? m.environments.PRODUCTION : m.environments.TEST}
        </Badge>
        <span className="text-sm text-neutral-700">
          {format(m.line, { market: unit.market, brand, msn: unit.msn, hint: unit.subscriptionKeyHint })}
        </span>
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">{m.connection}</dt>
        <dd>
          {unit.connectionOk === null
            ? m.notTested
            : unit.connectionOk
              ? format(m.connectionOk, { at: when(unit.connectionCheckedAt) })
              : format(m.connectionFailed, { error: unit.connectionError ?? "" })}
        </dd>
        <dt className="font-medium">{m.webhooks}</dt>
        <dd className="wrap-anywhere">
          {!unit.webhookRegisteredAt
            ? m.notRegistered
            : unit.webhookProblem
              ? format(m.notWorking, { problem: unit.webhookProblem })
              : format(unit.webhookCheckedAt ? m.registeredForFound : m.registeredFor, {
                  url: unit.webhookUrl ?? "",
                  at: when(unit.webhookCheckedAt),
                })}
        </dd>
      </dl>
      {tested?.ok ? (
        <Alert tone="success">
          {tested.message}
          {tested.webhook?.ok ? ` ${tested.webhook.message}` : ""}
        </Alert>
      ) : null}
      {tested?.webhook && !tested.webhook.ok ? <Alert tone="error">{tested.webhook.message}</Alert> : null}
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          disabled={connection.isPending}
          onClick={() => connection.execute({ salesUnitId: unit.id })}
        >
          {connection.isPending ? m.testing : format(m.test, { msn: unit.msn })}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={webhooks.isPending || unit.connectionOk !== true}
          aria-describedby={unit.connectionOk !== true ? `webhooks-why-${unit.id}` : undefined}
          onClick={() => webhooks.execute({ salesUnitId: unit.id })}
        >
          {webhooks.isPending ? m.registering : format(m.register, { msn: unit.msn })}
        </Button>
      </div>
      {unit.connectionOk !== true ? (
        <p id={`webhooks-why-${unit.id}`} className="text-sm text-neutral-700">
          {m.needsKeys}
        </p>
      ) : null}
    </Card>
  );
}
