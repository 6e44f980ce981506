import { Badge } from "@/components/ui/badge";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TTimelineEntry } from "@/lib/schemas/support-views";
import { FieldDiff } from "./field-diff";
import { time } from "./format";
import { ProblemDetails } from "./problem-details";

const SOURCE = {
  "vipps-event": { label: "sourceVippsEvent", tone: "blue" },
  "vipps-call": { label: "sourceVippsCall", tone: "neutral" },
  audit: { label: "sourceAudit", tone: "amber" },
} as const;

/** Vipps's events, Abo's calls to Vipps and the audit log, merged newest first. */
export function Timeline({
  t,
  entries,
  title = t.m.support.timeline.title,
}: {
  t: TTranslator;
  entries: TTimelineEntry[];
  title?: string;
}) {
  const m = t.m.support.timeline;
  return (
    <section aria-labelledby="timeline-heading" className="flex flex-col gap-2">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        {title}
      </h2>
      {entries.length === 0 ? <p className="text-sm text-neutral-700">{m.empty}</p> : null}
      <ol className="flex flex-col gap-2" aria-label={title}>
        {collapseReads(entries).map(({ entry: e, reads, since }) => (
          <li
            key={e.id}
            className={`rounded-lg border p-3 text-sm ${e.failed ? "border-red-300 bg-red-50" : "border-neutral-200 bg-white"}`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={SOURCE[e.source].tone}>{m[SOURCE[e.source].label]}</Badge>
              <span className="min-w-0 break-words font-medium">{e.title}</span>
              {reads > 1 ? (
                <span className="text-xs text-neutral-700">
                  {t.format(m.reads, { count: reads, time: time(since) })}
                </span>
              ) : null}
              {e.status !== undefined && e.status !== null ? (
                <Badge tone={e.status >= 400 ? "red" : "green"}>{e.status}</Badge>
              ) : null}
              <time dateTime={new Date(e.at).toISOString()} className="ml-auto text-xs text-neutral-700">
                {time(e.at)}
              </time>
            </div>
            <div className="mt-1 flex flex-col gap-0.5 text-xs text-neutral-800">
              {e.actor ? <span>{t.format(m.by, { actor: e.actor })}</span> : null}
              {e.reason ? <span>{t.format(m.reason, { reason: e.reason })}</span> : null}
              {e.orderId ? <span>orderId {e.orderId}</span> : null}
              {e.idempotencyKey ? <span>Idempotency-Key {e.idempotencyKey}</span> : null}
              {e.error ? <span className="text-red-800">{e.error}</span> : null}
              {e.source === "audit" ? (
                <FieldDiff before={e.before} after={e.problem ? undefined : e.after} />
              ) : e.after !== undefined && e.after !== null ? (
                <span className="break-words">{compact(e.after)}</span>
              ) : null}
            </div>
            <ProblemDetails t={t} problem={e.problem} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Abo polls Vipps while it waits (GetAgreement every few seconds): a run of successful reads of the
 * same thing is one line ("14 reads since …"), so the changes around them stay visible.
 */
function collapseReads(entries: TTimelineEntry[]) {
  const out: { entry: TTimelineEntry; reads: number; since: Date }[] = [];
  for (const entry of entries) {
    const last = out.at(-1);
    if (last && entry.quietRead && last.entry.quietRead && last.entry.title === entry.title) {
      last.reads += 1;
      last.since = entry.at;
    } else out.push({ entry, reads: 1, since: entry.at });
  }
  return out;
}

function compact(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
