// Installs pg-boss's schema and Abo's queues. Run with the migrations (npm start, db:migrate, tests),
// so the app can enqueue before any worker has started.
import { PgBoss } from "pg-boss";
import { QUEUES, QUEUE_NAMES } from "@/lib/queue/queues";

export async function installJobQueues(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, supervise: false, schedule: false, max: 2 });
  boss.on("error", () => undefined);
  await boss.start();
  try {
    const existing = new Set((await boss.getQueues()).map((q) => q.name));
    for (const name of QUEUE_NAMES) {
      if (!existing.has(name)) {
        await boss.createQueue(name, {
          retryLimit: QUEUES[name].retryLimit,
          retryBackoff: true,
          retryDelayMax: 300,
        });
      }
    }
  } finally {
    await boss.stop({ graceful: false });
  }
}
