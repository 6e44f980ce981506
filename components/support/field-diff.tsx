/**
 * A change as support reads it: only the fields that differ, each "field: before → after".
 * Values that are not records (a list, a string) are shown whole, shortened.
 */
export function FieldDiff({ before, after }: { before: unknown; after: unknown }) {
  const rows = diffRows(before, after);
  if (rows.length === 0) return null;
  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-2 gap-y-0.5 text-xs">
      {rows.map(([field, from, to]) => (
        <div key={field} className="contents">
          <dt className="font-medium">{field}</dt>
          <dd className="break-words">
            {from === undefined ? "" : <span className="text-neutral-700 line-through">{from}</span>}
            {from === undefined || to === undefined ? "" : " → "}
            {to === undefined ? "" : <span>{to}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

type TRow = [field: string, from: string | undefined, to: string | undefined];

export function diffRows(before: unknown, after: unknown): TRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  if (!b || !a) {
    const only = (b ?? a)!;
    return Object.entries(only).map(([k, v]) => [k, b ? show(v) : undefined, a ? show(v) : undefined]);
  }
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].flatMap((k): TRow[] => {
    const [from, to] = [show(b[k]), show(a[k])];
    return from === to ? [] : [[k, k in b ? from : undefined, k in a ? to : undefined]];
  });
}

function asRecord(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "–";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
