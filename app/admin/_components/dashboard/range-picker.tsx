import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/form-controls";
import type { TDashboardMessages } from "@/lib/i18n/messages/dashboard/types";
import type { TDashboard } from "@/lib/server/admin/dashboard/get-dashboard";

const PRESETS = ["7d", "30d", "90d", "12m", "custom"] as const;

/** A plain GET form: the range lives in the address, so a view can be bookmarked or shared. */
export function RangePicker({
  range,
  errors,
  query,
  currency,
  m,
}: {
  range: TDashboard["range"];
  errors: Record<string, string> | null;
  query: { from?: string; to?: string };
  /** Kept when the range changes, so the charts stay in the chosen currency. */
  currency?: string | null;
  m: TDashboardMessages["rangePicker"];
}) {
  return (
    <form method="get" action="/admin" aria-label={m.form} className="flex flex-wrap items-end gap-3">
      <SelectField
        label={m.timeRange}
        name="range"
        defaultValue={errors ? "custom" : range.preset}
        options={PRESETS.map((value) => ({ value, label: m.presets[value] }))}
      />
      <Field
        label={m.from}
        name="from"
        type="date"
        defaultValue={query.from ?? range.from}
        error={errors?.from}
      />
      <Field label={m.to} name="to" type="date" defaultValue={query.to ?? range.to} error={errors?.to} />
      {currency ? <input type="hidden" name="currency" value={currency} /> : null}
      <Button type="submit" variant="secondary">
        {m.show}
      </Button>
    </form>
  );
}
