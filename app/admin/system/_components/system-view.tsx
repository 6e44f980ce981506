import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { time } from "@/components/support/format";
import type { TSystemStatus } from "@/lib/server/system/get-system-status";
import { FailedEmails } from "./failed-emails";
import { FailedJobs } from "./failed-jobs";
import { TokenCheck } from "./token-check";
import { WebhookStatus } from "./webhook-status";
import { ago } from "./ago";

/** The System page: workers, scheduled jobs, failed jobs, webhooks and the Vipps token check. */
export function SystemView({ status }: { status: TSystemStatus }) {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">System</h1>
        <p className="text-sm text-neutral-700">
          The background worker and its jobs. Times are UTC; schedules follow Abo&apos;s clock.
        </p>
      </div>
      <Workers status={status} />
      <Schedules schedules={status.schedules} />
      <FailedJobs jobs={status.failedJobs} total={status.failedCount} />
      <FailedEmails emails={status.failedEmails} total={status.failedEmailCount} />
      <WebhookStatus webhooks={status.webhooks} />
      <TokenCheck unitCount={status.salesUnits.length} />
    </div>
  );
}

function Workers({ status }: { status: TSystemStatus }) {
  const { workers, lastSeenSecondsAgo: age, maxAgeSeconds } = status;
  const stale = age === null || age > maxAgeSeconds;
  return (
    <Card aria-labelledby="workers-heading" className="flex flex-col gap-3">
      <h2 id="workers-heading" className="text-lg font-semibold">
        Worker
      </h2>
      {age === null ? (
        <Alert tone="error" title="No worker has been seen">
          Billing, webhooks and retries wait until a worker runs (npm run worker).
        </Alert>
      ) : stale ? (
        <Alert tone="error" title={`No worker seen for ${ago(age)}`}>
          Billing, webhooks and retries wait until a worker runs again.
        </Alert>
      ) : null}
      {workers.length ? (
        <ul className="flex flex-col gap-2 text-sm">
          {workers.map((w) => (
            <li key={w.id} className="rounded-lg border border-neutral-200 p-3">
              <p className="font-medium break-all">
                {w.host} · pid {w.pid}
              </p>
              <p className="text-neutral-700">
                Last seen {ago(w.ageSeconds)} ago ({time(w.seenAt)}) · started {time(w.startedAt)}
                {w.ageSeconds > maxAgeSeconds ? " · not answering" : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function Schedules({ schedules }: { schedules: TSystemStatus["schedules"] }) {
  return (
    <Card aria-labelledby="schedules-heading" className="flex flex-col gap-3">
      <h2 id="schedules-heading" className="text-lg font-semibold">
        Scheduled jobs
      </h2>
      <ul className="flex flex-col gap-2 text-sm">
        {schedules.map((s) => (
          <li key={s.queue} className="rounded-lg border border-neutral-200 p-3">
            <p>
              <span className="font-mono font-medium">{s.queue}</span>{" "}
              <span className="text-neutral-700">(cron {s.cron})</span>
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-neutral-800">
              <dt>Last success</dt>
              <dd>{s.lastSucceededAt ? time(s.lastSucceededAt) : "Not yet"}</dd>
              <dt>Next run</dt>
              <dd>{time(s.nextRunAt)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </Card>
  );
}
