import { Button, ButtonLink } from "@/components/ui/button";

/** A GET form of status checkboxes: filters the charges list without any script. */
export function StatusFilter({
  statuses,
  selected,
  counts,
}: {
  statuses: string[];
  selected: string[];
  counts: Partial<Record<string, number>>;
}) {
  return (
    <form method="get" className="mb-3 flex flex-col gap-2" aria-label="Filter charges by status">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 font-medium">Status</legend>
        {statuses.map((s) => (
          <label key={s} className="flex items-center gap-1">
            <input type="checkbox" name="status" value={s} defaultChecked={selected.includes(s)} />
            {s.toLowerCase().replace(/_/g, " ")} ({counts[s] ?? 0})
          </label>
        ))}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {selected.length ? (
          <ButtonLink href="?" variant="ghost">
            Show all
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
