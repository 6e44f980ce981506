import type { ReactNode } from "react";

/** One headline figure; its region is named after the figure, so it can be found by name. */
export function Kpi({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <section
      aria-label={label}
      className="flex flex-col gap-1 rounded-xl border border-neutral-200 bg-white p-4 shadow-sm"
    >
      <h2 className="text-sm font-medium text-neutral-700">{label}</h2>
      <p className="text-xl font-semibold break-words">{value}</p>
      {detail ? <p className="text-sm text-neutral-700">{detail}</p> : null}
    </section>
  );
}
