"use client";

import { checkVippsTokensAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useActionForm } from "@/lib/actions/use-action-form";

/** Fetches an access token for every sales unit on request (never on page load: each is a Vipps call). */
export function TokenCheck({ unitCount }: { unitCount: number }) {
  const check = useActionForm(checkVippsTokensAction);
  const results = check.data;
  const error = check.formError;
  return (
    <Card aria-labelledby="tokens-heading" className="flex flex-col gap-3">
      <h2 id="tokens-heading" className="text-lg font-semibold">
        Vipps MobilePay access
      </h2>
      <p className="text-sm text-neutral-700">
        Fetches a fresh access token and makes one read for each sales unit, to find expired or rotated keys
        before a charge run does.
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {results ? (
        <ul className="flex flex-col gap-2 text-sm" aria-label="Token check results">
          {results.length === 0 ? <li>No sales units are connected yet.</li> : null}
          {results.map((r) => (
            <li key={r.salesUnitId} className="flex flex-col gap-1 rounded-lg border border-neutral-200 p-3">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{r.name}</span>
                <span className="text-neutral-700">
                  {r.market} · {r.environment === "PRODUCTION" ? "production" : "test"} · MSN {r.msn}
                </span>
                <Badge tone={r.ok ? "green" : "red"}>{r.ok ? "OK" : "Problem"}</Badge>
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
          {check.isPending ? "Checking…" : "Check Vipps tokens"}
        </Button>
      </div>
    </Card>
  );
}
