// A worker's proof of life: one row per process, touched on a timer with the database's own clock
// (never Abo's travelling clock), read by /api/ready and the System page.
import "server-only";
import { hostname } from "node:os";
import { db } from "@/lib/db";

export function startHeartbeat(
  id: string,
  everySeconds: number,
  onError: (error: unknown) => void,
): { stop: () => Promise<void> } {
  const beat = () =>
    db.$executeRaw`
      INSERT INTO "WorkerHeartbeat" (id, host, pid, "startedAt", "seenAt")
      VALUES (${id}, ${hostname()}, ${process.pid}, now(), now())
      ON CONFLICT (id) DO UPDATE SET "seenAt" = now()`.catch(onError);
  let last = beat();
  const timer = setInterval(() => (last = beat()), everySeconds * 1_000);
  return {
    stop: async () => {
      clearInterval(timer);
      await last;
      // A worker that stops cleanly says so at once; a killed one ages out.
      await db.workerHeartbeat.delete({ where: { id } }).catch(() => undefined);
    },
  };
}
