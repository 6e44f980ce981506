import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireEnv } from "@/lib/env";

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: requireEnv("DATABASE_URL"), max: 20 }),
    // Secrets are left out of every query unless a caller asks for them by name.
    omit: {
      user: { passwordHash: true },
      salesUnit: {
        clientIdEnc: true,
        clientSecretEnc: true,
        subscriptionKeyEnc: true,
        webhookSecretEnc: true,
      },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process, made on first use (so `next build` can import this module without a
// database). Next.js dev reloads modules, so the client lives on globalThis.
const globalForDb = globalThis as unknown as { aboDb?: Db };

export const db: Db = new Proxy({} as Db, {
  get(_, property) {
    globalForDb.aboDb ??= createClient();
    const value = Reflect.get(globalForDb.aboDb, property);
    return typeof value === "function" ? value.bind(globalForDb.aboDb) : value;
  },
});
