"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { retryFailedJobAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TQueueName } from "@/lib/queue/queues";
import { formErrorOf } from "@/components/admin/action-errors";

/** Queues a failed job for one more attempt; the page then reloads without it. */
export function RunAgainButton({ queue, jobId }: { queue: TQueueName; jobId: string }) {
  const router = useRouter();
  const retry = useAction(retryFailedJobAction, { onSuccess: () => router.refresh() });
  const error = formErrorOf(retry.result);
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
