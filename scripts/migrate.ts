// npm run db:migrate: apply migrations to DATABASE_URL (no Prisma engine, no network).
import { migrate } from "../lib/db/migrate";
import { requireEnv } from "../lib/env";

const result = await migrate({ databaseUrl: requireEnv("DATABASE_URL") });
console.log(
  result.applied.length
    ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`
    : `Database is up to date (${result.alreadyApplied} migrations).`,
);
