"use client";

import { ActionFeedback } from "@/components/support/action-feedback";
import { DisabledAction } from "@/components/support/disabled-action";
import { useActionForm } from "@/lib/actions/use-action-form";
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
  const action = useActionForm(runChecklistAction);
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
        action.execute({ salesUnitId });
      }}
    >
      {blocked ? (
        <DisabledAction label="Run the test-environment verification" reason={blocked} />
      ) : (
        <Button type="submit" disabled={action.isPending} className="self-start">
          {action.isPending ? "Running… (this takes a few seconds)" : "Run the test-environment verification"}
        </Button>
      )}
      <ActionFeedback action={action} />
    </form>
  );
}
