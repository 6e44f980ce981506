"use client";

import { runGoLiveCheckAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TOnboardingUnit } from "@/lib/server/admin/get-onboarding";
import { useActionForm } from "@/lib/actions/use-action-form";
import { StatusBadge } from "@/components/admin/status-badge";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";

const MARK = { DONE: "✓", FAILED: "✗", WAITING: "…", PENDING: "…" } as Record<string, string>;

/** Runs (or resumes) the go-live verification for one test sales unit and lists its steps. */
export function GoLiveCheck({
  unit,
  m,
  statusNames,
}: {
  unit: TOnboardingUnit;
  m: TAdminMessages["goLive"];
  statusNames: TAdminMessages["status"];
}) {
  const { execute, isPending, data: run, formError: error } = useActionForm(runGoLiveCheckAction);
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-neutral-200 bg-white p-4">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">
          {unit.name} (MSN {unit.msn}):
        </span>
        {unit.lastCheck ? <StatusBadge status={unit.lastCheck.status} names={statusNames} /> : m.notRun}
        {unit.lastCheck?.error ? <span>{unit.lastCheck.error}</span> : null}
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {run ? (
        <div role="status" className="text-sm">
          <p className="font-semibold">{m.verification[run.status]}</p>
          <ul className="mt-1 flex flex-col gap-1">
            {run.steps.map((step) => (
              <li key={step.key}>
                {MARK[step.status]} {step.title}
                {step.endState ? ` — ${step.endState}` : ""}
                {step.detail && step.status !== "DONE" ? `: ${step.detail}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={isPending || unit.connectionOk !== true}
          onClick={() => execute({ salesUnitId: unit.id })}
        >
          {isPending ? m.verifying : format(m.run, { msn: unit.msn })}
        </Button>
      </div>
    </div>
  );
}
