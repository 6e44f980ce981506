// /api/health and /api/ready, through their route handlers, on the real database: ready only with
// the database up, every migration applied and a worker seen recently.
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { db } from "@/lib/db";
import { commands, type Child } from "../../scripts/lib/processes";
import { waitFor } from "../shared/wait-for";
import { startWorker } from "./billing-fixtures";

const workers: Child[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
});

const readiness = async () => {
  const response = await ready();
  return {
    status: response.status,
    body: (await response.json()) as { checks: Record<string, { ok: boolean }> },
  };
};

describe("health and readiness", () => {
  it("health answers 200 without touching anything", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("is not ready without a worker, ready with one, and not ready once its heartbeat is stale", async () => {
    await db.workerHeartbeat.deleteMany();
    let result = await readiness();
    expect(result.status).toBe(503);
    expect(result.body.checks).toMatchObject({
      database: { ok: true },
      migrations: { ok: true },
      worker: { ok: false },
    });

    // A real worker records its heartbeat at start.
    workers.push(await startWorker("ready-worker", { WORKER_HEARTBEAT_SECONDS: "1" }));
    await waitFor(async () => (await readiness()).status === 200, 30_000);

    // Stopped cleanly, it says so at once (its row goes); killed, its heartbeat ages out.
    await workers.pop()!.stop();
    expect((await readiness()).status).toBe(503);
    await db.workerHeartbeat.create({
      data: { id: "stale", host: "gone", pid: 1, seenAt: new Date(Date.now() - 10 * 60_000) },
    });
    result = await readiness();
    expect(result.status).toBe(503);
    expect(result.body.checks.worker).toMatchObject({ ok: false });
  }, 90_000);

  it("is not ready, with a plain reason and no connection details, when the database is down", () => {
    const deadUrl = "postgresql://abo:secret-password@127.0.0.1:1/abo";
    const [bin, ...args] = commands.tsxServer("tests/integration/probes/readiness.ts");
    const out = execFileSync(bin!, args, {
      env: { ...process.env, DATABASE_URL: deadUrl, LOG_LEVEL: "silent" },
      encoding: "utf8",
      timeout: 30_000,
    });
    const { status, body } = JSON.parse(out.trim().split("\n").pop()!) as {
      status: number;
      body: { checks: { database: { ok: boolean; error: string } } };
    };
    expect(status).toBe(503);
    expect(body.checks.database).toEqual({ ok: false, error: "database unreachable" });
    expect(out).not.toContain("secret-password");
  });
});
