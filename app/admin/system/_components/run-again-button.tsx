"use client";

import { retryFailedJobAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TQueueName } from "@/lib/queue/queues";
import { useActionForm } from "@/lib/actions/use-action-form";

/** Queues a failed job for one more attempt; the action's revalidation brings the page without it. */
export function RunAgainButton({ queue, jobId }: { queue: TQueueName; jobId: string }) {
  const retry = useActionForm(retryFailedJobAction);
  const error = retry.formError;
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {retry.hasSucceeded ? <Alert tone="success">Queued again: the worker will run it.</Alert> : null}
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={retry.isPending || retry.hasSucceeded}
          onClick={() => retry.execute({ queue: queue, jobId })}
        >
          {retry.isPending ? "Queuing…" : "Run again"}
        </Button>
      </div>
    </div>
  );
}
