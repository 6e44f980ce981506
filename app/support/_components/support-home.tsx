import Link from "next/link";
import { time } from "@/components/support/format";
import { Card } from "@/components/ui/card";
import type { TSupportHome } from "@/lib/server/support/get-support-home";

const COUNTS = [
  { key: "failedCharges", label: "Failed charges", href: "/support/work?list=failed-charges" },
  { key: "awaitingCapture", label: "Awaiting capture", href: "/support/work?list=awaiting-capture" },
  { key: "pendingAgreements", label: "Pending agreements", href: "/support/work?list=pending-agreements" },
  { key: "vippsErrorsToday", label: "Vipps errors, last 24 h", href: "/support/work?list=vipps-errors" },
  { key: "failedJobs", label: "Failed background jobs", href: "/support/work?list=failed-jobs" },
] as const;

/** The support home under the search box: the work lists' sizes, new customers, Vipps's latest refusals. */
export function SupportHome({ home }: { home: TSupportHome }) {
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="work-heading" className="flex flex-col gap-3">
        <h2 id="work-heading" className="text-lg font-semibold">
          Work lists
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {COUNTS.map((c) => (
            <li key={c.key}>
              <Link
                href={c.href}
                className="flex h-full flex-col gap-1 rounded-lg bg-white p-4 ring-1 ring-neutral-200 hover:ring-neutral-400"
              >
                <span className="text-2xl font-semibold tabular-nums">{home.counts[c.key]}</span>
                <span className="text-sm text-neutral-700">{c.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="flex min-w-0 flex-col gap-3">
          <h2 className="text-lg font-semibold">Newest customers</h2>
          {home.recentCustomers.length === 0 ? <p className="text-sm">No customers yet.</p> : null}
          <ul className="flex flex-col divide-y divide-neutral-200">
            {home.recentCustomers.map((c) => (
              <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
                <Link href={`/support/customers/${c.id}`} className="break-all font-medium underline">
                  {c.name ?? c.email ?? c.id}
                </Link>
                <span className="text-sm text-neutral-700">joined {time(c.createdAt)}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card className="flex min-w-0 flex-col gap-3">
          <h2 className="text-lg font-semibold">Latest Vipps errors</h2>
          {home.recentErrors.length === 0 ? <p className="text-sm">No errors from Vipps.</p> : null}
          <ul className="flex flex-col divide-y divide-neutral-200">
            {home.recentErrors.map((e) => (
              <li key={e.id} className="flex flex-col gap-0.5 py-2">
                <span className="font-medium">
                  {e.operation} · {e.status === null ? "no answer" : e.status}
                </span>
                {e.detail ? <span className="break-words text-sm text-neutral-800">{e.detail}</span> : null}
                <span className="text-sm text-neutral-700">{time(e.createdAt)}</span>
              </li>
            ))}
          </ul>
          <Link href="/support/work?list=vipps-errors" className="text-sm underline">
            All Vipps errors
          </Link>
        </Card>
      </div>
    </div>
  );
}
