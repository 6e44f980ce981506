import "server-only";
import { machineMs } from "@/lib/clock";
import { db } from "@/lib/db";

/**
 * Fixed-window counter in PostgreSQL (shared by every app instance). Returns whether this hit is
 * still within `limit` for the current window of `windowMs`.
 */
export const hitRateLimit = async (
  key: string,
  limit: number,
  windowMs: number,
): Promise<{ allowed: boolean; retryAfterMs: number }> => {
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowMs / 1000}) THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowMs / 1000}) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING count, "windowStart"`;
  const row = rows[0]!;
  const retryAfterMs = Math.max(0, row.windowStart.getTime() + windowMs - machineMs());
  return { allowed: row.count <= limit, retryAfterMs };
};

export const clearRateLimit = async (key: string): Promise<void> => {
  await db.rateLimit.deleteMany({ where: { key } });
};
