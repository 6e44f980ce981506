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

// One client per process and copy of the generated client, made on first use (so `next build` can
// import this module without a database). Next.js dev reloads modules, so clients live on
// globalThis. The web role loads lib/ twice: in Next's bundle and in its webhook intake
// (scripts/web.ts); each copy keeps its own client, because Prisma's error classes and query
// objects (Prisma.sql, Prisma.DbNull) are recognised only by the copy that made them.
const globalForDb = globalThis as unknown as { aboDbs?: Map<unknown, Db> };

export const db: Db = new Proxy({} as Db, {
  get(_, property) {
    const clients = (globalForDb.aboDbs ??= new Map());
    let client = clients.get(PrismaClient);
    if (!client) clients.set(PrismaClient, (client = createClient()));
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
