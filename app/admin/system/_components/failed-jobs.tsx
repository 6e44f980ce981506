import { Card } from "@/components/ui/card";
import { time } from "@/components/support/format";
import type { TFailedJob } from "@/lib/server/system/failed-jobs";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";
import { RunAgainButton } from "./run-again-button";

/** Jobs that used up their retries, newest failure first, each with its error and "Run again". */
export function FailedJobs({
  jobs,
  total,
  m,
}: {
  jobs: TFailedJob[];
  total: number;
  m: TAdminMessages["system"];
}) {
  return (
    <Card aria-labelledby="failed-heading" className="flex flex-col gap-3">
      <h2 id="failed-heading" className="text-lg font-semibold">
        {format(m.failedJobs, { total })}
      </h2>
      {jobs.length === 0 ? (
        <p className="text-sm text-neutral-700">{m.noFailedJobs}</p>
      ) : (
        <>
          {total > jobs.length ? (
            <p className="text-sm text-neutral-700">{format(m.newestOf, { shown: jobs.length, total })}</p>
          ) : null}
          <ul className="flex flex-col gap-3 text-sm" aria-label={m.failedJobsList}>
            {jobs.map((job) => (
              <li
                key={job.id}
                aria-label={format(m.jobLabel, { queue: job.queue, id: job.id })}
                className="flex flex-col gap-2 rounded-lg border border-red-200 p-3"
              >
                <p>
                  <span className="font-mono font-medium">{job.queue}</span>{" "}
                  <span className="text-neutral-700">
                    {format(job.attempts === 1 ? m.jobFailed_one : m.jobFailed_other, {
                      at: time(job.failedAt),
                      count: job.attempts,
                    })}
                  </span>
                </p>
                <p className="font-mono text-xs break-all text-neutral-700">
                  {format(m.jobId, { id: job.id })}
                </p>
                <p className="whitespace-pre-wrap break-words text-red-900">{job.message}</p>
                <RunAgainButton
                  queue={job.queue}
                  jobId={job.id}
                  m={{ queuedAgain: m.queuedAgain, queuing: m.queuing, runAgain: m.runAgain }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
