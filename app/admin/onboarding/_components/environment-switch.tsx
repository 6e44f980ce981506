"use client";

import { setEnvironmentAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";

/**
 * Switches the shop to production (checked on the server again) or back to test. Until the earlier
 * steps are done the switch to production is disabled, with what is missing shown beside it.
 */
export function EnvironmentSwitch({
  current,
  blockers,
  m,
}: {
  current: "TEST" | "PRODUCTION";
  blockers: string[];
  m: Pick<TAdminMessages["onboarding"], "beforeLive" | "toProduction" | "toTest">;
}) {
  const { execute, isPending, formError: error } = useActionForm(setEnvironmentAction);
  const target = current === "TEST" ? "PRODUCTION" : "TEST";
  const blocked = target === "PRODUCTION" && blockers.length > 0;
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {blocked ? (
        <div
          id="production-blockers"
          role="note"
          aria-labelledby="production-blockers-title"
          className="text-sm"
        >
          <p id="production-blockers-title" className="font-medium">
            {m.beforeLive}
          </p>
          <ul className="list-disc pl-5">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <Button
          type="button"
          variant={target === "PRODUCTION" ? "primary" : "secondary"}
          disabled={isPending || blocked}
          aria-describedby={blocked ? "production-blockers" : undefined}
          onClick={() => execute({ environment: target })}
        >
          {target === "PRODUCTION" ? m.toProduction : m.toTest}
        </Button>
      </div>
    </div>
  );
}
