import Link from "next/link";

/** Links that switch currency, the choice kept in the address (?currency=) so a view can be shared. */
export function CurrencyNav({
  label,
  options,
  current,
}: {
  label: string;
  options: { value: string | null; label: string; href: string }[];
  current: string | null;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium text-neutral-800" aria-hidden="true">
        {label}:
      </span>
      {options.map((o) => (
        <Link
          key={o.value ?? "all"}
          href={o.href}
          aria-current={o.value === current ? "page" : undefined}
          className={`inline-flex min-h-11 items-center rounded-md px-3 text-sm ${o.value === current ? "bg-neutral-900 text-white" : "bg-white ring-1 ring-neutral-300 hover:bg-neutral-100"}`}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
