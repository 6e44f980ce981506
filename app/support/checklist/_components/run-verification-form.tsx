"use client";

import { ActionFeedback } from "@/components/support/action-feedback";
import { DisabledAction } from "@/components/support/disabled-action";
import { useFormAction } from "@/components/support/use-form-action";
import { Button } from "@/components/ui/button";
import { runChecklistAction } from "../actions";

export function RunVerificationForm({
  salesUnitId,
  isAdmin,
  isTest,
}: {
  salesUnitId: string;
  isAdmin: boolean;
  isTest: boolean;
}) {
  const { run, pending, result } = useFormAction(runChecklistAction);
  const blocked = !isTest
    ? "Runs only against a test sales unit (force accept exists only in the test environment)."
    : !isAdmin
      ? "Needs the admin role: the verification creates agreements and charges for the merchant."
      : null;
  return (
    <form
      aria-label="Run the verification"
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        run({ salesUnitId });
      }}
    >
      {blocked ? (
        <DisabledAction label="Run the test-environment verification" reason={blocked} />
      ) : (
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Running… (this takes a few seconds)" : "Run the test-environment verification"}
        </Button>
      )}
      <ActionFeedback result={result} />
    </form>
  );
}
