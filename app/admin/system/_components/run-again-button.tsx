"use client";

import { retryFailedJobAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TQueueName } from "@/lib/queue/queues";
import { useActionForm } from "@/lib/actions/use-action-form";

/** Queues a failed job for one more attempt; the action's revalidation brings the page without it. */
export function RunAgainButton({
  queue,
  jobId,
  m,
}: {
  queue: TQueueName;
  jobId: string;
  m: { queuedAgain: string; queuing: string; runAgain: string };
}) {
  const retry = useActionForm(retryFailedJobAction);
  const error = retry.formError;
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {retry.hasSucceeded ? <Alert tone="success">{m.queuedAgain}</Alert> : null}
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={retry.isPending || retry.hasSucceeded}
          onClick={() => retry.execute({ queue: queue, jobId })}
        >
          {retry.isPending ? m.queuing : m.runAgain}
        </Button>
      </div>
    </div>
  );
}
