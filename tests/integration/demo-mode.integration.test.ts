// A real install must never get the demo staff accounts (admin@abo.test / abo-admin-demo): they would
// close /setup and leave a known password on the admin. The seed runs as `npm start` runs it
// (prisma/seed.ts in its own process) on an empty database, once per kind of configured install.
import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { needsFirstRun } from "@/lib/server/admin/needs-first-run";
import { commands } from "../../scripts/lib/processes";

async function runSeed(
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; log: string }> {
  const merged = { ...process.env, ABO_SERVICE: "seed", ALLOW_TIME_TRAVEL: "false", ...env };
  const [bin, ...args] = commands.tsxServer("prisma/seed.ts");
  const child = spawn(bin!, args, {
    env: Object.fromEntries(
      Object.entries(merged).filter(([, value]) => value !== undefined),
    ) as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  return { code, log };
}

beforeAll(async () => {
  expect(await db.user.count()).toBe(0);
});

describe("demo data only in demo mode", () => {
  it.each([
    ["DEMO_MODE=false", { DEMO_MODE: "false" }],
    ["DEMO_MODE= (empty) with an own database", { DEMO_MODE: "" }],
    ["NODE_ENV=production", { NODE_ENV: "production", DEMO_MODE: undefined }],
    ["a public APP_URL", { APP_URL: "https://abo.example.com", DEMO_MODE: undefined }],
  ])("%s: no demo accounts, the first admin comes from /setup", async (_, env) => {
    const { code, log } = await runSeed(env);
    expect(log).toContain("Not loading demo data: not in demo mode");
    expect(code).toBe(1);
    expect(await db.user.count()).toBe(0);
    expect(await db.merchant.count()).toBe(0);
    expect(await needsFirstRun()).toBe(true);
  });

  it("a real Vipps with DEMO_MODE=true is refused, not seeded", async () => {
    const { code, log } = await runSeed({ DEMO_MODE: "true", VIPPS_BASE_URL: "https://apitest.vipps.no" });
    expect(log).toContain("DEMO_MODE is on but VIPPS_BASE_URL is not the local emulator");
    expect(code).toBe(1);
    expect(await db.user.count()).toBe(0);
  });

  it("DEMO_MODE=true against the local emulator seeds the demo", async () => {
    const { code, log } = await runSeed({ DEMO_MODE: "true" });
    expect(log).toContain("Seeded demo data");
    expect(code).toBe(0);
    expect(await db.user.findUnique({ where: { email: "admin@abo.test" } })).not.toBeNull();
    expect(await needsFirstRun()).toBe(false);
    // The demo staff belong to the demo merchant.
    const merchant = await db.merchant.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    const staff = await db.user.findMany({ where: { role: { in: ["SUPPORT", "ADMIN"] } } });
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.map((u) => u.merchantId)).toEqual(staff.map(() => merchant.id));
  });
});
