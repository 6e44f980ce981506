"use client";

import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { formatMoney, parseMoney } from "@/lib/domain/money";
import { operationAmountIssue } from "@/lib/domain/operation-amount";
import type { TMessages } from "@/lib/i18n/messages/en";
import { format } from "@/lib/i18n/translator";

/**
 * The step between typing and doing, for money and what cannot be undone: the form's input is
 * checked and staged, the panel states its exact effect, Confirm sends exactly the staged input
 * and Back returns to the form untouched (nothing is sent until Confirm).
 */
export function useConfirmStep<S>() {
  const [staged, setStaged] = useState<S | null>(null);
  // Back returns focus to the form's own submit button, which reappears in the panel's place.
  const backTo = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (staged || !backTo.current) return;
    backTo.current.querySelector<HTMLElement>("button[type=submit]")?.focus();
    backTo.current = null;
  }, [staged]);
  return {
    staged,
    stage: (next: S) => setStaged(next),
    back: (form: HTMLFormElement | null) => {
      backTo.current = form;
      setStaged(null);
    },
    /** Takes the staged input to send it (the panel closes; the form shows the action's progress). */
    take: (): S | null => {
      const value = staged;
      setStaged(null);
      return value;
    },
  };
}

/**
 * A schema's first message per field (a staffText.fieldErrors key), as useActionForm shows field errors
 * (empty when valid); showFieldErrors puts the keys in words.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

/**
 * A money form's input checked before it is put up to confirm: the action's schema, and the amount
 * against what is left (in the staff member's words `m`), so an amount Vipps would refuse never
 * reaches the confirmation.
 */
export function checkMoneyInput<S extends z.ZodType>(
  schema: S,
  input: { amount: string },
  left: number,
  currency: string,
  m: TMessages,
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: Record<string, string> } {
  const parsed = schema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const minor = parseMoney(input.amount);
  const issue = !errors.amount && minor !== null ? operationAmountIssue(minor, left) : null;
  const problem =
    issue && format(m.staffText.fieldErrors[issue.key], { amount: formatMoney(issue.limit, currency) });
  if (problem) errors.amount = problem;
  if (!parsed.success || problem) return { ok: false, fieldErrors: errors };
  return { ok: true, data: parsed.data };
}
