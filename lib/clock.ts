import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Abo's "now". Real time, except in tests and demos run with ALLOW_TIME_TRAVEL, where an offset
 * stored in the database moves Abo's clock together with the emulator's (never in production).
 * Inside a transaction pass it, so the read does not wait for a second pooled connection.
 */
export const now = async (client: Pick<Tx, "clockOffset"> = db): Promise<Date> => {
  if (!env().ALLOW_TIME_TRAVEL) return new Date();
  const row = await client.clockOffset.findUnique({ where: { id: 1 } });
  return new Date(Date.now() + Number(row?.offsetMs ?? 0));
};

export const setClockOffset = async (offsetMs: number): Promise<void> => {
  if (!env().ALLOW_TIME_TRAVEL) throw new Error("Time travel is off (ALLOW_TIME_TRAVEL)");
  await db.clockOffset.upsert({
    where: { id: 1 },
    create: { id: 1, offsetMs: BigInt(offsetMs) },
    update: { offsetMs: BigInt(offsetMs) },
  });
};

/**
 * The machine's clock, which time travel never moves. For what is compared with database defaults
 * (`createdAt`, `now()` in SQL), leases, caches, time budgets and "when Abo last talked to Vipps".
 * What day it is for customers, merchants and billing is `now()`; ESLint keeps `new Date()` and
 * `Date.now()` out of lib/server so each use says which clock it means.
 */
export const machineNow = (): Date => new Date();
export const machineMs = (): number => Date.now();
