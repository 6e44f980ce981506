// Rate limits key on who really asks (issue: any caller could set X-Forwarded-For and get a fresh
// allowance, and five wrong passwords locked the owner out). The web role runs as in production; the
// test's requests come from different loopback addresses (127.0.0.2, .3, .4) to be different callers.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { sendSignInLink } from "@/lib/server/auth/send-sign-in-link";
import { createMerchant } from "../factories";
import type { Child } from "../../scripts/lib/processes";
import { freePort } from "../harness/free-port";
import { ensureProductionBuild, startWeb } from "../harness/roles";
import { testContext } from "../shared/server-context";

const PASSWORD = "the-owners-password";
let web: { child: Child; url: string };

type TAnswer = { status: number; body: string; cookies: string[] };

/** One HTTP request from a chosen local address, with cookies as given. */
function from(localAddress: string) {
  return (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new Promise<TAnswer>((resolve, reject) => {
      const url = new URL(path, web.url);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          localAddress,
          method: init.method ?? "GET",
          headers: init.headers,
        },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, body, cookies: res.headers["set-cookie"] ?? [] }),
          );
        },
      );
      req.on("error", reject);
      req.end(init.body);
    });
}

/** The staff sign-in as a browser does it; the session cookie, or null when refused. */
async function staffSignIn(address: string, password: string, headers: Record<string, string> = {}) {
  const http = from(address);
  const csrf = await http("/api/auth/csrf", { headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = csrf.cookies
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith(`authjs.csrf-token=${csrfToken}`));
  const answer = await http("/api/auth/callback/staff", {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", cookie: cookie ?? "" },
    body: new URLSearchParams({ email: "owner@abo.test", password, csrfToken }).toString(),
  });
  return answer.cookies.some((c) => /session-token=[^;]/.test(c));
}

beforeAll(async () => {
  ensureProductionBuild();
  await db.user.create({
    data: { email: "owner@abo.test", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) },
  });
  web = await startWeb("address-web", await freePort(), { TRUSTED_PROXIES: "127.0.0.4" });
}, 240_000);

afterAll(async () => {
  await web?.child.stop();
});

describe("who is asking", () => {
  it("a forged X-Forwarded-For buys no fresh attempts, and a guesser cannot lock the owner out", async () => {
    // The attacker at 127.0.0.2 claims a new address on every try.
    for (let i = 0; i < 5; i++)
      expect(await staffSignIn("127.0.0.2", "wrong", { "X-Forwarded-For": `203.0.113.${i}` })).toBe(false);
    // Its allowance for this account is used up: even the right password is refused from there.
    expect(await staffSignIn("127.0.0.2", PASSWORD, { "X-Forwarded-For": "203.0.113.99" })).toBe(false);
    // The owner, elsewhere, signs in.
    expect(await staffSignIn("127.0.0.3", PASSWORD)).toBe(true);
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.some((k) => k.includes("203.0.113."))).toBe(false);
    expect(keys).toContain("login:pair:127.0.0.2:owner@abo.test");
  });

  it("through a trusted proxy the forwarded client counts, read from the right", async () => {
    for (let i = 0; i < 2; i++)
      await staffSignIn("127.0.0.4", "wrong", { "X-Forwarded-For": "1.2.3.4, 198.51.100.7" });
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).toContain("login:pair:198.51.100.7:owner@abo.test");
    expect(keys.some((k) => k.includes("1.2.3.4"))).toBe(false);
  });
});

describe("sign-in links", () => {
  it("a customer gets at most five sign-in emails an hour, however often the form is posted", async () => {
    const { merchant } = await createMerchant();
    await db.customer.create({ data: { merchantId: merchant.id, email: "innboks@example.no" } });
    const link = `${process.env.APP_URL}/api/auth/callback/email?token=t`;
    for (let i = 0; i < 8; i++) await sendSignInLink(await testContext(), "innboks@example.no", link);
    expect(await db.email.count({ where: { to: "innboks@example.no", kind: "sign-in-link" } })).toBe(5);
  });
});
