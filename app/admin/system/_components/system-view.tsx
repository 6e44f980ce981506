import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { time } from "@/components/support/format";
import type { TSystemStatus } from "@/lib/server/system/get-system-status";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";
import { FailedEmails } from "./failed-emails";
import { FailedJobs } from "./failed-jobs";
import { TokenCheck } from "./token-check";
import { WebhookStatus } from "./webhook-status";
import { ago } from "./ago";

/** The System page: workers, scheduled jobs, failed jobs, webhooks and the Vipps token check. */
type TSystemMessages = TAdminMessages["system"];

export function SystemView({ status, m }: { status: TSystemStatus; m: TSystemMessages }) {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{m.title}</h1>
        <p className="text-sm text-neutral-700">{m.intro}</p>
      </div>
      <Workers status={status} m={m} />
      <Schedules schedules={status.schedules} m={m} />
      <FailedJobs jobs={status.failedJobs} total={status.failedCount} m={m} />
      <FailedEmails emails={status.failedEmails} total={status.failedEmailCount} m={m} />
      <WebhookStatus webhooks={status.webhooks} m={m} />
      <TokenCheck unitCount={status.salesUnits.length} m={m} />
    </div>
  );
}

function Workers({ status, m }: { status: TSystemStatus; m: TSystemMessages }) {
  const { workers, lastSeenSecondsAgo: age, maxAgeSeconds } = status;
  const stale = age === null || age > maxAgeSeconds;
  return (
    <Card aria-labelledby="workers-heading" className="flex flex-col gap-3">
      <h2 id="workers-heading" className="text-lg font-semibold">
        {m.worker}
      </h2>
      {age === null ? (
        <Alert tone="error" title={m.noWorker}>
          {m.noWorkerBody}
        </Alert>
      ) : stale ? (
        <Alert tone="error" title={format(m.staleWorker, { age: ago(age, m.ago) })}>
          {m.staleWorkerBody}
        </Alert>
      ) : null}
      {workers.length ? (
        <ul className="flex flex-col gap-2 text-sm">
          {workers.map((w) => {
            const lastSeen = format(m.lastSeen, {
              age: ago(w.ageSeconds, m.ago),
              seenAt: time(w.seenAt),
              startedAt: time(w.startedAt),
            });
            return (
              <li key={w.id} className="rounded-lg border border-neutral-200 p-3">
                <p className="font-medium break-all">{format(m.workerLine, { host: w.host, pid: w.pid })}</p>
                <p className="text-neutral-700">
                  {w.ageSeconds > maxAgeSeconds ? format(m.notAnswering, { lastSeen }) : lastSeen}
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </Card>
  );
}

function Schedules({ schedules, m }: { schedules: TSystemStatus["schedules"]; m: TSystemMessages }) {
  return (
    <Card aria-labelledby="schedules-heading" className="flex flex-col gap-3">
      <h2 id="schedules-heading" className="text-lg font-semibold">
        {m.schedules}
      </h2>
      <ul className="flex flex-col gap-2 text-sm">
        {schedules.map((s) => (
          <li key={s.queue} className="rounded-lg border border-neutral-200 p-3">
            <p>
              <span className="font-mono font-medium">{s.queue}</span>{" "}
              <span className="text-neutral-700">{format(m.cron, { cron: s.cron })}</span>
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-neutral-800">
              <dt>{m.lastSuccess}</dt>
              <dd>{s.lastSucceededAt ? time(s.lastSucceededAt) : m.notYet}</dd>
              <dt>{m.nextRun}</dt>
              <dd>{time(s.nextRunAt)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </Card>
  );
}
