"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

/**
 * The confirmation of a money or irreversible action, inside its form: the exact effect, then
 * Confirm (submits the form, which sends what was staged) or Back (changes nothing). Focus moves to
 * its heading when it appears, so a screen reader reads what is about to happen.
 */
export function ConfirmPanel({
  title,
  children,
  confirmLabel,
  pending,
  danger,
  onBack,
  level = 4,
  backLabel = "Back",
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  danger?: boolean;
  /** Gets the form the panel is in (to return focus to it). */
  onBack: (form: HTMLFormElement | null) => void;
  /** The heading level under the page's own headings. */
  level?: 2 | 3 | 4;
  /** The Back button's text, in the page's language. */
  backLabel?: string;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = `h${level}` as const;
  return (
    <div
      role="group"
      aria-labelledby={id}
      className="flex flex-col gap-3 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-neutral-900"
    >
      <Heading id={id} ref={heading} tabIndex={-1} className="text-base font-semibold outline-none">
        {title}
      </Heading>
      {children}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
          {confirmLabel}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={(event) => onBack(event.currentTarget.form)}
          disabled={pending}
        >
          {backLabel}
        </Button>
      </div>
    </div>
  );
}
