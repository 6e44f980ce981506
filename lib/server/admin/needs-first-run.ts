import "server-only";
import { db } from "@/lib/db";

/** True on a fresh installation: nobody can administer the shop yet, so /setup is open. */
export const needsFirstRun = async (): Promise<boolean> =>
  (await db.user.count({ where: { role: "ADMIN" } })) === 0;
