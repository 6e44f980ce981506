import "server-only";
import { db } from "@/lib/db";

/** Charges planned for agreements that ended before they were sent will never be sent. */
export const cancelOrphanedCharges = async (): Promise<number> =>
  db.$executeRaw`
    UPDATE "Charge" c SET status = 'CANCELLED', "nextPollAt" = NULL, "updatedAt" = now()
    FROM "Agreement" a
    WHERE a.id = c."agreementId" AND c."sendState" = 'PLANNED' AND c.status = 'PENDING' AND c.type <> 'INITIAL'
      AND a.status IN ('STOPPED', 'EXPIRED')`;
