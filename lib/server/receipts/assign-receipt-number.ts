import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The next number of a sales unit's one series of sales documents (receipts and credit notes).
 * The counter row is locked by the update until the caller's transaction ends, so concurrent issues
 * wait in turn (unique), and a rolled-back issue gives its number back with it (gap-free).
 */
export const assignReceiptNumber = async (tx: Tx, salesUnitId: string): Promise<number> => {
  const [row] = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "ReceiptCounter" ("salesUnitId", "lastNumber") VALUES (${salesUnitId}, 1)
    ON CONFLICT ("salesUnitId") DO UPDATE SET "lastNumber" = "ReceiptCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return row!.lastNumber;
};
