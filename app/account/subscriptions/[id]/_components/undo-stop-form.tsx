"use client";

import { useActionForm } from "@/lib/actions/use-action-form";
import type { TTranslator } from "@/lib/i18n/translator";
import { undoStopAction } from "../actions";
import type { TBrand } from "@/components/brand/brand";
import { Button } from "@/components/ui/button";
import { customerWording } from "@/components/customer/action-errors";
import { useFocusOnError } from "./form-helpers";
import { FormMessage } from "./form-message";

type TProps = {
  t: TTranslator;
  agreementId: string;
  brand: TBrand;
  stopAt: string;
  canUndo: boolean;
  onDone: (message: string) => void;
};

/**
 * A stop set for the period end, and the way back. Keeping a subscription is harmless and can be
 * stopped again, so it is one button; when the next period's payment is already cancelled at Vipps
 * the page says so instead of offering a button that cannot work.
 */
export function UndoStopForm({ t, agreementId, brand, stopAt, canUndo, onDone }: TProps) {
  const m = t.m.manage;
  const {
    execute,
    isPending,
    formError: error,
  } = useActionForm(undoStopAction, {
    wording: customerWording(t.m, brand),
    onSuccess: () => onDone(m.undone),
  });
  const form = useFocusOnError(error);
  return (
    <form
      ref={form}
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ agreementId: String(new FormData(event.currentTarget).get("agreementId") ?? "") });
      }}
    >
      <input type="hidden" name="agreementId" value={agreementId} />
      <h3 className="text-lg font-semibold">{t.format(m.undoTitle, { date: t.date(stopAt) })}</h3>
      <p>{canUndo ? m.undoBody : t.format(m.undoTooLate, { brand })}</p>
      <FormMessage message={error} />
      {canUndo ? (
        <div>
          <Button type="submit" disabled={isPending} aria-busy={isPending}>
            {m.undo}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
