import Link from "next/link";
import { time } from "@/components/support/format";
import type { TTranslator } from "@/lib/i18n/translator";
import { Card } from "@/components/ui/card";
import type { TSupportHome } from "@/lib/server/support/get-support-home";

const COUNTS = [
  { key: "failedCharges", label: "countFailedCharges", href: "/support/work?list=failed-charges" },
  { key: "awaitingCapture", label: "countAwaitingCapture", href: "/support/work?list=awaiting-capture" },
  {
    key: "pendingAgreements",
    label: "countPendingAgreements",
    href: "/support/work?list=pending-agreements",
  },
  { key: "vippsErrorsToday", label: "countVippsErrorsToday", href: "/support/work?list=vipps-errors" },
  { key: "failedJobs", label: "countFailedJobs", href: "/support/work?list=failed-jobs" },
] as const;

/** The support home under the search box: the work lists' sizes, new customers, Vipps's latest refusals. */
export function SupportHome({ t, home }: { t: TTranslator; home: TSupportHome }) {
  const m = t.m.support.home;
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="work-heading" className="flex flex-col gap-3">
        <h2 id="work-heading" className="text-lg font-semibold">
          {m.workLists}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {COUNTS.map((c) => (
            <li key={c.key}>
              <Link
                href={c.href}
                className="flex h-full flex-col gap-1 rounded-lg bg-white p-4 ring-1 ring-neutral-200 hover:ring-neutral-400"
              >
                <span className="text-2xl font-semibold tabular-nums">{home.counts[c.key]}</span>
                <span className="text-sm text-neutral-700">{m[c.label]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="flex min-w-0 flex-col gap-3">
          <h2 className="text-lg font-semibold">{m.newestCustomers}</h2>
          {home.recentCustomers.length === 0 ? <p className="text-sm">{m.noCustomers}</p> : null}
          <ul className="flex flex-col divide-y divide-neutral-200">
            {home.recentCustomers.map((c) => (
              <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
                <Link href={`/support/customers/${c.id}`} className="break-all font-medium underline">
                  {c.name ?? c.email ?? c.id}
                </Link>
                <span className="text-sm text-neutral-700">
                  {t.format(m.joined, { time: time(c.createdAt) })}
                </span>
              </li>
            ))}
          </ul>
        </Card>
        <Card className="flex min-w-0 flex-col gap-3">
          <h2 className="text-lg font-semibold">{m.latestErrors}</h2>
          {home.recentErrors.length === 0 ? <p className="text-sm">{m.noErrors}</p> : null}
          <ul className="flex flex-col divide-y divide-neutral-200">
            {home.recentErrors.map((e) => (
              <li key={e.id} className="flex flex-col gap-0.5 py-2">
                <span className="font-medium">
                  {e.operation} · {e.status === null ? m.noAnswer : e.status}
                </span>
                {e.detail ? <span className="break-words text-sm text-neutral-800">{e.detail}</span> : null}
                <span className="text-sm text-neutral-700">{time(e.createdAt)}</span>
              </li>
            ))}
          </ul>
          <Link href="/support/work?list=vipps-errors" className="text-sm underline">
            {m.allErrors}
          </Link>
        </Card>
      </div>
    </div>
  );
}
