"use client";

import { checkVippsTokensAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";

/** Fetches an access token for every sales unit on request (never on page load: each is a Vipps call). */
export function TokenCheck({ unitCount, m }: { unitCount: number; m: TAdminMessages["system"] }) {
  const check = useActionForm(checkVippsTokensAction);
  const results = check.data;
  const error = check.formError;
  return (
    <Card aria-labelledby="tokens-heading" className="flex flex-col gap-3">
      <h2 id="tokens-heading" className="text-lg font-semibold">
        {m.tokens}
      </h2>
      <p className="text-sm text-neutral-700">{m.tokensIntro}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {results ? (
        <ul className="flex flex-col gap-2 text-sm" aria-label={m.tokenResults}>
          {results.length === 0 ? <li>{m.noUnits}</li> : null}
          {results.map((r) => (
            <li key={r.salesUnitId} className="flex flex-col gap-1 rounded-lg border border-neutral-200 p-3">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{r.name}</span>
                <span className="text-neutral-700">
                  {format(m.unitLine, {
                    market: r.market,
                    environment:
                      r.environment === "PRODUCTION" ? m.environments.PRODUCTION : m.environments.TEST,
                    msn: r.msn,
                  })}
                </span>
                <Badge tone={r.ok ? "green" : "red"}>{r.ok ? m.tokenOk : m.tokenProblem}</Badge>
              </p>
              <p className="break-words">{r.message}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={check.isPending || unitCount === 0}
          onClick={() => check.execute({})}
        >
          {check.isPending ? m.checking : m.checkTokens}
        </Button>
      </div>
    </Card>
  );
}
