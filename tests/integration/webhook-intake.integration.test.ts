// Acceptance (issue 18): the web role answers Vipps deliveries itself (scripts/web.ts, in front of
// Next.js), through the port the app serves, started as `npm run start:web` starts it. Signed
// deliveries are stored once, a redelivery only counts up, concurrent ones (in one group commit,
// the same event twice among them) each get their own answer; forged, altered or stale signatures
// get 401 and a signed body that is not an event 400, with nothing stored; secrets never reach the log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ensureWebhookRegistered } from "@/lib/server/webhooks/ensure-webhook";
import { storeWebhookEvent } from "@/lib/server/webhooks/store-webhook-event";
import { webhookIdentity, ZWebhookPayload } from "@/lib/vipps/webhook-payload";
import { signWebhook } from "@/lib/vipps/webhook-signature";
import type { Child } from "../../scripts/lib/processes";
import { createMerchant, emulator } from "../factories";
import { testContext } from "../shared/server-context";
import { freePort } from "../harness/free-port";
import { ensureProductionBuild, logOf, startWeb, waitForLog } from "../harness/roles";

let web: { child: Child; url: string };
let url: string;
let secret: string;

beforeAll(async () => {
  ensureProductionBuild();
  const port = await freePort();
  url = `http://127.0.0.1:${port}/api/webhooks/vipps`;
  const unit = (await createMerchant()).salesUnits.NO;
  await ensureWebhookRegistered(await testContext(), unit.id, { url });
  const registrations = (await (await fetch(`${emulator.baseUrl}/_emulator/webhooks`)).json()) as {
    url: string;
    secret: string;
  }[];
  secret = registrations.find((r) => r.url === url)!.secret;
  // No worker: what the route stored stays as it stored it.
  web = await startWeb("intake-web", port);
}, 300_000);

afterAll(async () => {
  await web?.child.stop();
});

let n = 0;
const stopEvent = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    msn: "123456",
    agreementId: `agr_intake_${++n}`,
    eventType: "recurring.agreement-stopped.v1",
    occurred: new Date(Date.UTC(2030, 0, 1, 10, 0, n)).toISOString(),
    actor: "ADMIN",
    ...overrides,
  });

const signedHeaders = (body: string, options: { key?: string; date?: string } = {}) => {
  const date = options.date ?? new Date().toUTCString();
  const signed = signWebhook(options.key ?? secret, { url, date, body });
  return {
    "Content-Type": "application/json",
    "x-ms-date": date,
    "x-ms-content-sha256": signed.contentHash,
    Authorization: signed.authorization,
  };
};

async function post(body: string, headers: Record<string, string> = signedHeaders(body)) {
  const response = await fetch(url, { method: "POST", headers, body });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: JSON.parse(text) as Record<string, unknown>,
  };
}

const stored = (agreementId: string) => db.webhookEvent.findMany({ where: { agreementId } });
const agreementOf = (body: string) => (JSON.parse(body) as { agreementId: string }).agreementId;

describe("webhook intake on the web role's port", () => {
  it("stores a signed delivery once; the same delivery again only counts up", async () => {
    const body = stopEvent();
    const first = await post(body);
    expect(first).toMatchObject({ status: 200, json: { received: true, duplicate: false } });
    expect(first.headers.get("content-type")).toBe("application/json");
    const [event] = await stored(agreementOf(body));
    expect(event).toMatchObject({
      eventType: "recurring.agreement-stopped.v1",
      msn: "123456",
      actor: "ADMIN",
      deliveries: 1,
      processedAt: null,
      occurred: new Date(JSON.parse(body).occurred),
      payload: JSON.parse(body),
    });
    expect(Math.abs(event!.receivedAt.getTime() - Date.now())).toBeLessThan(60_000);

    const again = await post(body, signedHeaders(body)); // a retry: new date, new signature
    expect(again).toMatchObject({ status: 200, json: { received: true, duplicate: true } });
    const events = await stored(agreementOf(body));
    expect(events).toHaveLength(1);
    expect(events[0]!.deliveries).toBe(2);
  });

  it("answers each of many concurrent deliveries, the same event twice among them, once stored", async () => {
    const bodies = Array.from({ length: 40 }, () => stopEvent());
    const answers = await Promise.all([...bodies, ...bodies].map((body) => post(body)));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    for (const body of bodies) {
      const mine = answers.filter((_, i) => bodies[i % bodies.length] === body);
      expect(mine.map((a) => a.json.duplicate).sort()).toEqual([false, true]);
      const events = await stored(agreementOf(body));
      expect(events).toHaveLength(1);
      expect(events[0]!.deliveries).toBe(2);
    }
  });

  it("refuses forged, altered, unsigned and stale deliveries with 401 and stores nothing", async () => {
    const before = await db.webhookEvent.count();
    const body = stopEvent();
    const tooOld = new Date(Date.now() - 10 * 60_000).toUTCString();
    const refused: [string, string, Record<string, string>][] = [
      ["forged", body, signedHeaders(body, { key: "not-the-secret" })],
      ["altered", body.replace("ADMIN", "USER"), signedHeaders(body)],
      ["unsigned", body, { "Content-Type": "application/json" }],
      ["stale", body, signedHeaders(body, { date: tooOld })],
    ];
    for (const [what, sent, headers] of refused) {
      const answer = await post(sent, headers);
      expect(answer.status, what).toBe(401);
      expect(answer.json.error, what).toBeTruthy();
    }
    expect(await db.webhookEvent.count()).toBe(before);
    await waitForLog(web.child, /"msg":"webhook refused"/);
  });

  it("refuses a signed body that is not an event with 400 and stores nothing", async () => {
    const before = await db.webhookEvent.count();
    for (const body of [
      "{not json",
      JSON.stringify({ msn: "123456" }),
      stopEvent({ actor: "ADM\u0000IN" }),
    ]) {
      const answer = await post(body);
      expect(answer.status, body).toBe(400);
      expect(answer.json.error, body).toBeTruthy();
    }
    expect(await db.webhookEvent.count()).toBe(before);
  });

  it("answers with the app's security headers and logs refusals with a request id, never a secret", async () => {
    const health = await fetch(`${web.url}/api/health`); // served by Next.js
    const answer = await post(stopEvent(), { "Content-Type": "application/json" });
    for (const name of [
      "x-frame-options",
      "x-content-type-options",
      "referrer-policy",
      "permissions-policy",
    ]) {
      expect(health.headers.get(name), name).toBeTruthy();
      expect(answer.headers.get(name), name).toBe(health.headers.get(name));
    }
    // Next.js marks what it serves with Vary: rsc, next-router-…; the web role answered this itself.
    expect(health.headers.get("vary")).toContain("rsc");
    expect(answer.headers.get("vary")).toBeNull();
    const body = stopEvent();
    const forged = signedHeaders(body, { key: "not-the-secret" });
    await post(body, forged);
    const log = logOf(web.child);
    const refusals = log
      .split("\n")
      .filter((line) => line.includes('"msg":"webhook refused"'))
      .map((line) => JSON.parse(line) as { requestId?: string; status?: number });
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) expect(refusal.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(log).not.toContain(secret);
    expect(log).not.toContain(forged.Authorization.split("Signature=")[1]!);
  });

  it("group commit: the same event three times in one group is one row, the first of them new", async () => {
    const event = ZWebhookPayload.parse(JSON.parse(stopEvent()));
    const other = ZWebhookPayload.parse(JSON.parse(stopEvent()));
    // Asked for in the same turn of the event loop, so they are written in one statement.
    const answers = await Promise.all([
      storeWebhookEvent(webhookIdentity(event), event),
      storeWebhookEvent(webhookIdentity(other), other),
      storeWebhookEvent(webhookIdentity(event), event),
      storeWebhookEvent(webhookIdentity(event), event),
    ]);
    expect(answers.map((a) => a.duplicate)).toEqual([false, false, true, true]);
    expect(answers.every((a) => !a.processed)).toBe(true);
    const [row] = await stored(event.agreementId!);
    expect(row!.deliveries).toBe(3);
    expect((await storeWebhookEvent(webhookIdentity(other), other)).duplicate).toBe(true);
    expect((await stored(other.agreementId!))[0]!.deliveries).toBe(2);
  });
});
