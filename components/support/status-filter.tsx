import { Button, ButtonLink } from "@/components/ui/button";
import type { TTranslator } from "@/lib/i18n/translator";
import { chargeStatusInText } from "./words";

/** A GET form of status checkboxes: filters the charges list without any script. */
export function StatusFilter({
  t,
  statuses,
  selected,
  counts,
}: {
  t: TTranslator;
  statuses: string[];
  selected: string[];
  counts: Partial<Record<string, number>>;
}) {
  const m = t.m.support.statusFilter;
  return (
    <form method="get" className="mb-3 flex flex-col gap-2" aria-label={m.label}>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 font-medium">{m.legend}</legend>
        {statuses.map((s) => (
          <label key={s} className="flex items-center gap-1">
            <input type="checkbox" name="status" value={s} defaultChecked={selected.includes(s)} />
            {chargeStatusInText(t, s)} ({counts[s] ?? 0})
          </label>
        ))}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          {m.filter}
        </Button>
        {selected.length ? (
          <ButtonLink href="?" variant="ghost">
            {m.showAll}
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
