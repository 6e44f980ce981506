"use client";

import { ActionFeedback } from "@/components/support/action-feedback";
import { DisabledAction } from "@/components/support/disabled-action";
import { useActionForm } from "@/lib/actions/use-action-form";
import { supportWording } from "@/components/support/support-wording";
import { Button } from "@/components/ui/button";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { runChecklistAction } from "../actions";

export function RunVerificationForm({
  locale,
  salesUnitId,
  isAdmin,
  isTest,
}: {
  locale: TLocale;
  salesUnitId: string;
  isAdmin: boolean;
  isTest: boolean;
}) {
  const t = translator(locale);
  const m = t.m.support.checklist;
  const action = useActionForm(runChecklistAction, { wording: supportWording(t.m) });
  const blocked = !isTest ? m.onlyTest : !isAdmin ? m.needsAdmin : null;
  return (
    <form
      aria-label={m.runLabel}
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        action.execute({ salesUnitId });
      }}
    >
      {blocked ? (
        <DisabledAction label={m.run} reason={blocked} />
      ) : (
        <Button type="submit" disabled={action.isPending} className="self-start">
          {action.isPending ? m.running : m.run}
        </Button>
      )}
      <ActionFeedback t={t} action={action} />
    </form>
  );
}
