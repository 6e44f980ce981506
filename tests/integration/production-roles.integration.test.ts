// Acceptance: the production roles as an operator runs them (`npm run start:web`, `npm run
// start:worker`) against the test database and the emulator. Both become ready; SIGTERM lets the
// web finish a request that is still arriving and the worker finish the billing run in its hands,
// and both then exit 0 — nothing cut short, nothing done twice.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/queue/client";
import type { Child } from "../../scripts/lib/processes";
import { waitFor } from "../shared/wait-for";
import { freePort } from "../harness/free-port";
import {
  ensureProductionBuild,
  exitOf,
  logOf,
  startRoleWorker,
  startWeb,
  waitForLog,
  waitForReady,
  webhookSigner,
} from "../harness/roles";
import { seedActiveAgreements, setBothClocks } from "./billing-fixtures";

const AGREEMENTS = 4000;
const children: Child[] = [];
let seeded: Awaited<ReturnType<typeof seedActiveAgreements>>;
let web: { child: Child; url: string };
let worker: Child;

beforeAll(async () => {
  ensureProductionBuild();
  await setBothClocks("2030-08-01T10:00:00Z");
  // Agreements (and their sales units) first: the worker registers the webhooks when it starts.
  seeded = await seedActiveAgreements(AGREEMENTS);
  await db.agreement.updateMany({
    where: { id: { in: seeded.agreements.map((a) => a.id) } },
    data: { nextChargeDate: new Date("2030-09-01T00:00:00Z") }, // nothing due until the test says so
  });
  worker = await startRoleWorker("role-worker");
  children.push(worker);
  web = await startWeb("role-web", await freePort());
  children.push(web.child);
}, 300_000);

afterAll(async () => {
  await Promise.all(children.map((c) => c.stop()));
});

describe("production roles", () => {
  it("both become ready, with JSON log lines on stdout", async () => {
    await waitForReady(web.url);
    const ready = (await (await fetch(`${web.url}/api/ready`)).json()) as { status: string };
    expect(ready.status).toBe("ready");
    expect((await fetch(`${web.url}/api/health`)).status).toBe(200);
    for (const child of [web.child, worker]) {
      const lines = logOf(child)
        .split("\n")
        .filter((line) => line.startsWith("{"));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(JSON.parse(line)).toHaveProperty("service", child.name);
    }
  });

  it("web: SIGTERM drains — a request still arriving is answered, new connections are not, exit 0", async () => {
    const sign = await webhookSigner(seeded.salesUnits.NO.id, process.env.EMULATOR_URL!);
    const body = JSON.stringify({
      msn: "123456",
      agreementId: seeded.agreements[0]!.vippsAgreementId,
      eventType: "recurring.agreement-stopped.v1",
      occurred: new Date().toISOString(),
      actor: "USER",
    });
    const { port } = new URL(web.url);
    let pending: () => void = () => undefined;
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/api/webhooks/vipps",
          headers: { ...sign(body), "Content-Length": Buffer.byteLength(body) },
        },
        (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on("error", reject);
      // Headers and half the body now; the rest only once the server is already shutting down.
      req.write(body.slice(0, 20));
      pending = () => req.end(body.slice(20));
    });
    // The handler is waiting for the body once the route has started reading it; give the bytes
    // a moment to arrive (a sync point, not an assertion: the checks below do not depend on it).
    await new Promise((resolve) => setTimeout(resolve, 500));

    const exited = exitOf(web.child);
    web.child.process.kill("SIGTERM");
    await waitForLog(web.child, /web stopping/);
    expect(web.child.process.exitCode).toBeNull();
    await expect(fetch(`${web.url}/api/health`)).rejects.toThrow(); // no new connections
    pending();

    const answer = await response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ received: true, duplicate: false });
    expect(await exited).toBe(0);
    expect(
      await db.webhookEvent.count({ where: { agreementId: seeded.agreements[0]!.vippsAgreementId } }),
    ).toBe(1);
    expect(logOf(web.child)).toMatch(/"msg":"web stopped"/);
  });

  it("worker: SIGTERM during a billing run — the run finishes, one charge per agreement, exit 0", async () => {
    const ids = seeded.agreements.map((a) => a.id);
    await db.agreement.updateMany({
      where: { id: { in: ids } },
      data: { nextChargeDate: new Date("2030-08-01T00:00:00Z") },
    });
    const since = new Date();
    await enqueue("billing.run", {});
    // SIGTERM once the run is under way: some charges planned, far from all sent.
    await waitFor(async () => (await db.charge.count({ where: { agreementId: { in: ids } } })) > 0, 60_000);
    const sentAtSignal = await db.charge.count({ where: { agreementId: { in: ids }, sendState: "SENT" } });
    const exited = exitOf(worker);
    worker.process.kill("SIGTERM");
    expect(sentAtSignal).toBeLessThan(AGREEMENTS);

    expect(await exited).toBe(0);
    expect(logOf(worker)).toMatch(/"msg":"worker stopped"/);
    // Nothing else ran billing: whatever is sent was sent by the run the worker finished.
    const charges = await db.charge.findMany({
      where: { agreementId: { in: ids } },
      select: { agreementId: true, periodIndex: true, sendState: true },
    });
    expect(charges).toHaveLength(AGREEMENTS);
    expect(new Set(charges.map((c) => c.agreementId)).size).toBe(AGREEMENTS);
    expect(charges.filter((c) => c.sendState !== "SENT")).toEqual([]);
    const runs = await db.$queryRawUnsafe<{ state: string }[]>(
      `SELECT state FROM pgboss.job WHERE name = 'billing.run' AND created_on >= $1 AND state IN ('active', 'failed', 'retry')`,
      since,
    );
    expect(runs).toEqual([]);
  }, 180_000);
});
