import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dueIn, startTestEmulator, VippsClient } from "./test-support/harness";
import { REPO_ROOT } from "./test-support/openapi";
import { startReceiver } from "./test-support/webhook-receiver";
import { DEFAULT_MERCHANTS } from "./domain/defaults";

// State lives in memory and in an append-only journal plus snapshots: it must survive a restart,
// including the clock, idempotency records, webhook registrations and pending deliveries.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "emu-durable-"));
  dirs.push(d);
  return d;
};

describe("durability", () => {
  it("reads back agreements, charges, idempotency, clock, users and webhooks after a restart", async () => {
    const dataDir = tempDir();
    const first = await startTestEmulator({ dataDir, fsync: true });
    await first.control("POST", "/_emulator/clock", { now: "2031-03-01T12:00:00Z" });
    await first.control("POST", "/_emulator/users", { phoneNumber: "4799999999", outcome: "card_declined" });
    const id = await first.vipps.activeAgreement({ externalId: "sub-1" });
    const due = dueIn(2, await first.now());
    const created = await first.vipps.createCharge(
      id,
      { due, orderId: "durable-1" },
      { idempotencyKey: "durable-key" },
    );
    expect(created.status).toBe(201);
    const hook = await first.vipps.post(
      "/webhooks/v1/webhooks",
      { url: "https://example.com/h", events: ["recurring.charge-captured.v1"] },
      { idempotencyKey: false },
    );
    const before = (await first.vipps.get(`/recurring/v3/agreements/${id}`)).body;
    const token = await first.vipps.accessToken();
    await first.close({ keepData: true });

    const second = await startTestEmulator({ dataDir });
    const client = new VippsClient(second.url, DEFAULT_MERCHANTS[0]!);
    expect((await client.get(`/recurring/v3/agreements/${id}`)).body).toEqual({
      ...(before as object),
      vippsConfirmationUrl: expect.stringContaining(second.url) as unknown,
    });
    expect((await client.get(`/recurring/v3/agreements/${id}/charges/durable-1`)).body).toMatchObject({
      status: "DUE",
      externalId: "durable-1",
    });
    const replay = await client.createCharge(
      id,
      { due, orderId: "durable-1" },
      { idempotencyKey: "durable-key" },
    );
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(created.text);
    expect((await second.control<{ now: string }>("GET", "/_emulator/clock")).now).toBe(
      "2031-03-01T12:00:00.000Z",
    );
    expect(
      (await second.control<{ phoneNumber: string; outcome: string }[]>("GET", "/_emulator/users")).find(
        (u) => u.phoneNumber === "4799999999",
      )?.outcome,
    ).toBe("card_declined");
    expect((await client.get("/webhooks/v1/webhooks")).body).toMatchObject({
      webhooks: [{ id: (hook.body as { id: string }).id }],
    });
    // Tokens are signed with a key kept in the state, so they outlive the restart too.
    const withOldToken = await fetch(`${second.url}/recurring/v3/agreements/${id}`, {
      headers: { Authorization: `Bearer ${token}`, "Ocp-Apim-Subscription-Key": "abo-test-subscription-key" },
    });
    expect(withOldToken.status).toBe(200);
    // Due work was rebuilt from the entities: the charge is still processed on its due date.
    await second.control("POST", "/_emulator/clock/advance", { days: 3 });
    expect((await client.get(`/recurring/v3/agreements/${id}/charges/durable-1`)).body).toMatchObject({
      status: "CHARGED",
    });
    await second.close({ keepData: true });
  });

  it("compacts into a snapshot and loads snapshot + newer journal lines", async () => {
    const dataDir = tempDir();
    const first = await startTestEmulator({ dataDir });
    const seeded = await first.control<{ ids: string[] }>("POST", "/_emulator/seed/agreements", {
      count: 1000,
    });
    expect(readdirSync(dataDir)).toContain("snapshot.jsonl");
    const afterSnapshot = await first.vipps.activeAgreement();
    await first.close({ keepData: true });
    const second = await startTestEmulator({ dataDir });
    const stats = await second.control<{ agreements: { total: number } }>("GET", "/_emulator/stats");
    expect(stats.agreements.total).toBe(1001);
    expect((await second.vipps.get(`/recurring/v3/agreements/${seeded.ids[999]}`)).status).toBe(200);
    expect((await second.vipps.get(`/recurring/v3/agreements/${afterSnapshot}`)).status).toBe(200);
    await second.close({ keepData: true });
  });

  it("resumes pending webhook deliveries after a restart (at-least-once)", async () => {
    const dataDir = tempDir();
    const receiver = await startReceiver();
    receiver.respond = () => 503;
    const first = await startTestEmulator({ dataDir, webhookRetryScale: 100 });
    await first.vipps.post(
      "/webhooks/v1/webhooks",
      { url: receiver.url, events: ["recurring.agreement-activated.v1"] },
      { idempotencyKey: false },
    );
    const id = await first.vipps.activeAgreement();
    await new Promise((r) => setTimeout(r, 100));
    await first.close({ keepData: true });
    receiver.respond = () => 200;
    const second = await startTestEmulator({ dataDir, webhookRetryScale: 0.001 });
    const [got] = await receiver.waitFor(1, 5000);
    expect(got!.json).toMatchObject({ agreementId: id, eventType: "recurring.agreement-activated.v1" });
    await second.close({ keepData: true });
    await receiver.close();
  });

  it("runs as `tsx emulator/main.ts`: prints one listening line, flushes on SIGTERM and exits 0", async () => {
    const dataDir = tempDir();
    const run = () => {
      const child = spawn(
        process.execPath,
        [resolve(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), "emulator/main.ts", "--port", "0"],
        {
          cwd: REPO_ROOT,
          env: {
            ...process.env,
            EMULATOR_DATA_DIR: dataDir,
            EMULATOR_CLOCK: "manual",
            EMULATOR_RATE_LIMITS: "off",
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let out = "";
      child.stdout.on("data", (c: Buffer) => (out += c.toString()));
      child.stderr.on("data", (c: Buffer) => (out += c.toString()));
      const url = new Promise<string>((res, rej) => {
        const t = setInterval(() => {
          const m = /^emulator listening on (http:\/\/localhost:\d+)$/m.exec(out);
          if (m) {
            clearInterval(t);
            res(m[1]!);
          }
        }, 20);
        child.on("exit", (code) => rej(new Error(`exited ${code}: ${out}`)));
      });
      const exit = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
      return { child, url, exit, output: () => out };
    };
    const a = run();
    const url = await a.url;
    const client = new VippsClient(url, DEFAULT_MERCHANTS[0]!);
    const id = await client.activeAgreement();
    a.child.kill("SIGTERM");
    expect(await a.exit).toBe(0);
    expect(a.output().trim().split("\n")).toEqual([`emulator listening on ${url}`]);
    const b = run();
    const url2 = await b.url;
    expect(
      (await new VippsClient(url2, DEFAULT_MERCHANTS[0]!).get(`/recurring/v3/agreements/${id}`)).body,
    ).toMatchObject({ status: "ACTIVE" });
    b.child.kill("SIGINT");
    expect(await b.exit).toBe(0);
  }, 30_000);
});
