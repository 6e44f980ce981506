import Link from "next/link";
import type { ReactNode } from "react";

/**
 * One headline figure; its region is named after the figure, so it can be found by name. The label
 * leads to the figure's formula in the glossary; the numbers themselves to the rows behind them.
 */
export function Kpi({
  label,
  value,
  detail,
  glossary,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  glossary?: string;
}) {
  return (
    <section
      aria-label={label}
      className="flex flex-col gap-1 rounded-xl border border-neutral-200 bg-white p-4 shadow-sm"
    >
      <h2 className="text-sm font-medium text-neutral-700">
        {glossary ? (
          <Link
            href={glossary}
            className="inline-block min-h-6 py-0.5 underline decoration-dotted underline-offset-4"
          >
            {label}
          </Link>
        ) : (
          label
        )}
      </h2>
      <p className="text-xl font-semibold break-words">{value}</p>
      {detail ? <p className="text-sm text-neutral-700">{detail}</p> : null}
    </section>
  );
}

/** A number on the dashboard, leading to the list of subscriptions or charges behind it. */
export function FigureLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="underline underline-offset-4 hover:decoration-2">
      {children}
    </Link>
  );
}
