"use client";

import { useEffect, useRef, useState } from "react";
import type { z } from "zod";

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

/** Field errors of a schema in the shape server actions return them (an empty object when valid). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
