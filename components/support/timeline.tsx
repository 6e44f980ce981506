import { Badge } from "@/components/ui/badge";
import type { TTimelineEntry } from "@/lib/server/support/get-timeline";
import { time } from "./format";
import { ProblemDetails } from "./problem-details";

const SOURCE = {
  "vipps-event": { label: "Vipps event", tone: "blue" },
  "vipps-call": { label: "Vipps call", tone: "neutral" },
  audit: { label: "Staff / Abo", tone: "amber" },
} as const;

/** Vipps's events, Abo's calls to Vipps and the audit log, merged newest first. */
export function Timeline({ entries, title = "Timeline" }: { entries: TTimelineEntry[]; title?: string }) {
  return (
    <section aria-labelledby="timeline-heading" className="flex flex-col gap-2">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        {title}
      </h2>
      {entries.length === 0 ? <p className="text-sm text-neutral-700">Nothing has happened yet.</p> : null}
      <ol className="flex flex-col gap-2" aria-label={title}>
        {entries.map((e) => (
          <li
            key={e.id}
            className={`rounded-lg border p-3 text-sm ${e.failed ? "border-red-300 bg-red-50" : "border-neutral-200 bg-white"}`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={SOURCE[e.source].tone}>{SOURCE[e.source].label}</Badge>
              <span className="font-medium">{e.title}</span>
              {e.status !== undefined && e.status !== null ? (
                <Badge tone={e.status >= 400 ? "red" : "green"}>{e.status}</Badge>
              ) : null}
              <time dateTime={new Date(e.at).toISOString()} className="ml-auto text-xs text-neutral-700">
                {time(e.at)}
              </time>
            </div>
            <div className="mt-1 flex flex-col gap-0.5 text-xs text-neutral-800">
              {e.actor ? <span>By {e.actor}</span> : null}
              {e.reason ? <span>Reason: {e.reason}</span> : null}
              {e.orderId ? <span>orderId {e.orderId}</span> : null}
              {e.idempotencyKey ? <span>Idempotency-Key {e.idempotencyKey}</span> : null}
              {e.error ? <span className="text-red-800">{e.error}</span> : null}
              {e.before !== undefined && e.before !== null ? <span>Before: {compact(e.before)}</span> : null}
              {e.after !== undefined && e.after !== null && !e.problem ? (
                <span>After: {compact(e.after)}</span>
              ) : null}
            </div>
            <ProblemDetails problem={e.problem} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function compact(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
