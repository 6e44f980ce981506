// Input of the System page's actions (admin only).
import { z } from "zod";
import { QUEUE_NAMES, type TQueueName } from "@/lib/queue/queues";

export const ZRetryJobInput = z.object({
  queue: z.enum(QUEUE_NAMES as [TQueueName, ...TQueueName[]], { error: "Unknown queue" }),
  jobId: z.uuid({ error: "Not a job id" }),
});

export const ZCheckTokensInput = z.object({});
