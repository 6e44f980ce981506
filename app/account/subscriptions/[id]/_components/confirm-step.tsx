"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useFocusOnError, useFocusOnMount } from "./form-helpers";
import { FormMessage } from "./form-message";

type TProps = {
  title: string;
  children: ReactNode;
  error: string | null;
  pending: boolean;
  agreementId: string;
  confirmLabel: string;
  backLabel: string;
  danger?: boolean;
  onConfirm: (agreementId: string) => void;
  onBack: () => void;
};

/**
 * The second step of every change: what will happen, stated before anything is done, and one
 * button to do it. The agreement id travels in the form, and the server checks it is the customer's.
 */
export function ConfirmStep({
  title,
  children,
  error,
  pending,
  agreementId,
  confirmLabel,
  backLabel,
  danger,
  onConfirm,
  onBack,
}: TProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const form = useFocusOnError(error);
  return (
    <form
      ref={form}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(String(new FormData(event.currentTarget).get("agreementId") ?? ""));
      }}
    >
      <input type="hidden" name="agreementId" value={agreementId} />
      <h4 ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {title}
      </h4>
      {children}
      <FormMessage message={error} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending} aria-busy={pending}>
          {confirmLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onBack} disabled={pending}>
          {backLabel}
        </Button>
      </div>
    </form>
  );
}
