"use client";

import { useId, useState, type ReactNode } from "react";
import { cn } from "./cn";

/**
 * A section whose heading is a button that shows and hides it (the WAI disclosure pattern).
 * `defaultOpen` only sets how it starts, so a server refresh after a form inside it was sent does
 * not fold the form (and its message) away; a form that wants to fold it takes `close`.
 */
export function Disclosure({
  title,
  children,
  defaultOpen = false,
  className,
}: {
  title: ReactNode;
  children: ReactNode | ((close: () => void) => ReactNode);
  defaultOpen?: boolean;
  className?: string;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  const close = () => setOpen(false);
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={cn("rounded-xl border border-neutral-200 bg-white", className)}
    >
      <h3>
        <button
          id={`${id}-title`}
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          className="flex min-h-14 w-full items-center justify-between gap-3 rounded-xl px-5 py-3 text-left text-lg font-semibold hover:bg-neutral-50"
        >
          <span>{title}</span>
          <span aria-hidden="true" className="text-xl">
            {open ? "−" : "+"}
          </span>
        </button>
      </h3>
      <div id={id} hidden={!open} className="border-t border-neutral-200 px-5 py-4">
        {open ? (typeof children === "function" ? children(close) : children) : null}
      </div>
    </section>
  );
}
