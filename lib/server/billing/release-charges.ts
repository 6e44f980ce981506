import "server-only";
import { db } from "@/lib/db";

/** Gives claimed charges back, to be tried again from `at`. */
export const releaseCharges = async (ids: string[], at: Date): Promise<void> => {
  if (ids.length === 0) return;
  await db.charge.updateMany({ where: { id: { in: ids }, sendState: "PLANNED" }, data: { nextPollAt: at } });
};
