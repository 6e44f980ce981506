// npm run db:migrate: apply migrations to DATABASE_URL and install the job queues (no Prisma engine, no network).
import { existsSync } from "node:fs";
import { installJobQueues } from "../jobs/setup";
import { migrate } from "../lib/db/migrate";
import { requireEnv } from "../lib/env";

if (existsSync(".env")) process.loadEnvFile(".env");
const databaseUrl = requireEnv("DATABASE_URL");
const result = await migrate({ databaseUrl });
await installJobQueues(databaseUrl);
console.log(
  result.applied.length
    ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`
    : `Database is up to date (${result.alreadyApplied} migrations).`,
);
