"use client";

import { useId, useState, type ReactNode } from "react";

/** A section whose heading is a button that shows and hides it (the WAI disclosure pattern). */
export function Disclosure({
  title,
  children,
  defaultOpen = false,
}: {
  title: string;
  children: (close: () => void) => ReactNode;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-neutral-200 bg-white">
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
        {open ? children(() => setOpen(false)) : null}
      </div>
    </section>
  );
}
