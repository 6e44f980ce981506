import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueIn, startTestEmulator, type TestEmulator } from "./test-support/harness";

// Per-key limits per minute (FACTS §3), in wall-clock time, 429 + Retry-After, switchable.

const A = "/recurring/v3/agreements";
let emu: TestEmulator;

beforeAll(async () => {
  emu = await startTestEmulator({ rateLimits: true });
});
afterAll(async () => {
  await emu?.close();
});

describe("rate limits", () => {
  it("FetchAgreement: 120 per minute per agreement, then 429 with Retry-After; other agreements unaffected", async () => {
    const [a, b] = (await emu.control<{ ids: string[] }>("POST", "/_emulator/seed/agreements", { count: 2 }))
      .ids;
    for (let i = 0; i < 120; i++) expect((await emu.vipps.get(`${A}/${a}`)).status).toBe(200);
    const limited = await emu.vipps.get(`${A}/${a}`);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body).toEqual({
      statusCode: 429,
      message: `Rate limit is exceeded. Try again in ${retryAfter} seconds.`,
    });
    expect((await emu.vipps.get(`${A}/${b}`)).status).toBe(200);
  });

  it("CreateCharge: 2 per minute per agreement and idempotency key", async () => {
    const id = (await emu.control<{ ids: string[] }>("POST", "/_emulator/seed/agreements", { count: 1 }))
      .ids[0]!;
    const body = { due: dueIn(3, await emu.now()) };
    expect((await emu.vipps.createCharge(id, body, { idempotencyKey: "rl-1" })).status).toBe(201);
    expect((await emu.vipps.createCharge(id, body, { idempotencyKey: "rl-1" })).status).toBe(201);
    expect((await emu.vipps.createCharge(id, body, { idempotencyKey: "rl-1" })).status).toBe(429);
    expect((await emu.vipps.createCharge(id, body, { idempotencyKey: "rl-2" })).status).toBe(201);
  });

  it("ListAgreements: 5 per minute per merchant", async () => {
    for (let i = 0; i < 5; i++) expect((await emu.vipps.get(A)).status).toBe(200);
    expect((await emu.vipps.get(A)).status).toBe(429);
    expect((await emu.merchant("223456").get(A)).status).toBe(200);
  });

  it("UpdateAgreement 5, ListCharges 10, FetchCharge 10 per key", async () => {
    const id = (await emu.control<{ ids: string[] }>("POST", "/_emulator/seed/agreements", { count: 1 }))
      .ids[0]!;
    const statuses = async (n: number, f: () => Promise<{ status: number }>) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await f()).status);
      return out;
    };
    expect(await statuses(6, () => emu.vipps.patch(`${A}/${id}`, { productName: "x" }))).toEqual([
      204, 204, 204, 204, 204, 429,
    ]);
    expect((await statuses(11, () => emu.vipps.get(`${A}/${id}/charges`))).at(-1)).toBe(429);
    expect((await statuses(11, () => emu.vipps.get(`${A}/${id}/charges/c1`))).at(-1)).toBe(429);
  });

  it("can be switched off and on", async () => {
    await emu.control("POST", "/_emulator/rate-limits", { enabled: false });
    for (let i = 0; i < 10; i++) expect((await emu.vipps.get(A)).status).toBe(200);
    expect(await emu.control("POST", "/_emulator/rate-limits", { enabled: true })).toEqual({ enabled: true });
    expect(await emu.control("GET", "/_emulator/rate-limits")).toEqual({ enabled: true });
  });
});
