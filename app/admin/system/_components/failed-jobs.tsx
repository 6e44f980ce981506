import { Card } from "@/components/ui/card";
import { time } from "@/components/support/format";
import type { TFailedJob } from "@/lib/server/system/failed-jobs";
import { RunAgainButton } from "./run-again-button";

/** Jobs that used up their retries, newest failure first, each with its error and "Run again". */
export function FailedJobs({ jobs, total }: { jobs: TFailedJob[]; total: number }) {
  return (
    <Card aria-labelledby="failed-heading" className="flex flex-col gap-3">
      <h2 id="failed-heading" className="text-lg font-semibold">
        Failed jobs ({total})
      </h2>
      {jobs.length === 0 ? (
        <p className="text-sm text-neutral-700">No failed jobs.</p>
      ) : (
        <>
          {total > jobs.length ? (
            <p className="text-sm text-neutral-700">
              The newest {jobs.length} of {total}.
            </p>
          ) : null}
          <ul className="flex flex-col gap-3 text-sm" aria-label="Failed jobs">
            {jobs.map((job) => (
              <li
                key={job.id}
                aria-label={`${job.queue} job ${job.id}`}
                className="flex flex-col gap-2 rounded-lg border border-red-200 p-3"
              >
                <p>
                  <span className="font-mono font-medium">{job.queue}</span>{" "}
                  <span className="text-neutral-700">
                    failed {time(job.failedAt)} after {job.attempts}{" "}
                    {job.attempts === 1 ? "attempt" : "attempts"}
                  </span>
                </p>
                <p className="font-mono text-xs break-all text-neutral-700">Job {job.id}</p>
                <p className="whitespace-pre-wrap break-words text-red-900">{job.message}</p>
                <RunAgainButton queue={job.queue} jobId={job.id} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
