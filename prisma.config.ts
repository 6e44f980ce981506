import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate, and migrate through the offline schema-engine shim when
// authoring migrations). The app applies migrations with scripts/migrate.ts and needs no engine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/abo_dev" },
});
