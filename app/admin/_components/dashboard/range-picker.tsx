import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/form-controls";
import type { TDashboard } from "@/lib/server/admin/dashboard/get-dashboard";

const PRESETS = [
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "90d", label: "Last 90 days" },
  { value: "12m", label: "Last 12 months" },
  { value: "custom", label: "Custom dates" },
];

/** A plain GET form: the range lives in the address, so a view can be bookmarked or shared. */
export function RangePicker({
  range,
  errors,
  query,
  currency,
}: {
  range: TDashboard["range"];
  errors: Record<string, string> | null;
  query: { from?: string; to?: string };
  /** Kept when the range changes, so the charts stay in the chosen currency. */
  currency?: string | null;
}) {
  return (
    <form
      method="get"
      action="/admin"
      aria-label="Dashboard period"
      className="flex flex-wrap items-end gap-3"
    >
      <SelectField
        label="Time range"
        name="range"
        defaultValue={errors ? "custom" : range.preset}
        options={PRESETS}
      />
      <Field
        label="From"
        name="from"
        type="date"
        defaultValue={query.from ?? range.from}
        error={errors?.from}
      />
      <Field label="To" name="to" type="date" defaultValue={query.to ?? range.to} error={errors?.to} />
      {currency ? <input type="hidden" name="currency" value={currency} /> : null}
      <Button type="submit" variant="secondary">
        Show
      </Button>
    </form>
  );
}
