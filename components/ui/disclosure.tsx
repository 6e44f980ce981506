"use client";

import { useState, type ReactNode } from "react";
import { cn } from "./cn";

/**
 * A <details> that stays as the user left it: `defaultOpen` only sets how it starts, so a server
 * refresh after a form inside it was sent does not fold the form (and its message) away.
 */
export function Disclosure({
  summary,
  defaultOpen,
  className,
  children,
}: {
  summary: ReactNode;
  defaultOpen: boolean;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className={cn("rounded-lg border border-neutral-200 bg-white p-4", className)}
    >
      <summary className="min-h-11 cursor-pointer font-medium">{summary}</summary>
      <div className="mt-4">{children}</div>
    </details>
  );
}
