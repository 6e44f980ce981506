import type { ReactNode } from "react";

/** Label–value pairs of a record (every field of an agreement or a charge). */
export function FieldList({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-neutral-700">{label}</dt>
          <dd className="break-all text-neutral-900">
            {value === null || value === undefined || value === "" ? "–" : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
