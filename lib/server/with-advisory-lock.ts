import "server-only";
import { db } from "@/lib/db";

const HOLD_MS = 30 * 60_000;

/**
 * Runs `fn` only if no other process holds the named lock, and holds it meanwhile. The lock lives
 * in an open transaction, so a worker killed mid-run releases it with its connection.
 */
export const withAdvisoryLock = async <T>(
  name: string,
  fn: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> =>
  db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(hashtext(${name})) AS locked`;
      if (!row?.locked) return { ran: false as const };
      return { ran: true as const, value: await fn() };
    },
    { timeout: HOLD_MS, maxWait: 10_000 },
  );
