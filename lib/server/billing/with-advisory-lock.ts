import "server-only";
import { db } from "@/lib/db";

const HOLD_MS = 30 * 60_000;

/**
 * Runs `fn` only if no other process holds the named lock, and holds it meanwhile. The lock lives
 * in an open transaction, so a worker killed mid-run releases it with its connection.
 */
export const withAdvisoryLock = async <T>(name: string, fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> =>
  db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${name})) AS locked`;
      if (!row?.locked) return { ran: false as const };
      return { ran: true as const, value: await fn() };
    },
    { timeout: HOLD_MS, maxWait: 10_000 },
  );

/** Waits (polling) until nobody holds the named lock, at most `maxWaitMs`. */
export const waitForAdvisoryLock = async (name: string, maxWaitMs: number): Promise<void> => {
  const deadline = Date.now() + maxWaitMs;
  while (Date.now() < deadline) {
    // Taking it in a transaction of its own releases it at once: only "is it free?" is asked.
    const free = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${name})) AS locked`;
      return row?.locked ?? false;
    });
    if (free) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};
