// Every absolute URL Abo writes comes from APP_URL, never from the request: a client that sends
// its own Host or X-Forwarded-Host must not get a customer's sign-in link pointing at its server.
// The sign-in form's server action and the Auth.js route run for real (Auth.js, Prisma adapter,
// PostgreSQL); only Next.js's request scope is supplied, carrying the attacker's headers as Next
// passes them on (it keeps a client's X-Forwarded-Host).
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createMerchant } from "../factories";
import { testContext } from "../shared/server-context";

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined,
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
}));
// A redirect as Next.js throws it (next-safe-action lets navigation errors through by their digest).
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url, digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));

const APP_ORIGIN = new URL(process.env.APP_URL!).origin;
const EMAIL = "kunde.url@example.no";

async function sentLinks(): Promise<URL[]> {
  const emails = await db.email.findMany({ where: { to: EMAIL, kind: "sign-in-link" } });
  return emails.flatMap((email) => (email.text.match(/https?:\/\/\S+/g) ?? []).map((link) => new URL(link)));
}

beforeAll(async () => {
  const { merchant } = await createMerchant();
  await db.customer.create({ data: { merchantId: merchant.id, email: EMAIL, name: "Kunde", market: "NO" } });
});

beforeEach(async () => {
  await db.email.deleteMany({});
  request.cookies.clear();
});

describe("links in email are built from APP_URL", () => {
  it("the sign-in form with X-Forwarded-Host: attacker.example sends a link to APP_URL", async () => {
    request.headers = new Headers({
      host: "attacker.example",
      "x-forwarded-host": "attacker.example",
      "x-forwarded-proto": "http",
    });
    const { sendSignInLinkAction } = await import("@/app/(auth)/sign-in/actions");
    await sendSignInLinkAction({ email: EMAIL, callbackUrl: "" }).catch((error: { url?: string }) => {
      if (!error.url) throw error; // the redirect to "check your email" ends the action
    });

    const links = await sentLinks();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.origin).toBe(APP_ORIGIN);
      const callbackUrl = link.searchParams.get("callbackUrl");
      if (callbackUrl) expect(new URL(callbackUrl, APP_ORIGIN).origin).toBe(APP_ORIGIN);
    }
  });

  it("sending the link again from the check-email page goes to the address this browser typed, on APP_URL", async () => {
    request.headers = new Headers({ host: "attacker.example", "x-forwarded-host": "attacker.example" });
    const { resendSignInLinkAction, sendSignInLinkAction } = await import("@/app/(auth)/sign-in/actions");
    // Nothing typed in this browser yet: nothing to send again.
    expect(await resendSignInLinkAction({ email: EMAIL })).toMatchObject({
      serverError: { code: "BAD_INPUT" },
    });
    await sendSignInLinkAction({ email: EMAIL, callbackUrl: "" }).catch((error: { url?: string }) => {
      if (!error.url) throw error;
    });
    // The form must name the address this browser typed.
    expect(await resendSignInLinkAction({ email: "someone.else@example.no" })).toMatchObject({
      serverError: { code: "BAD_INPUT" },
    });
    expect(await resendSignInLinkAction({ email: EMAIL })).toEqual({ data: { resent: true } });
    const links = await sentLinks();
    expect(links).toHaveLength(2);
    for (const link of links) expect(link.origin).toBe(APP_ORIGIN);
  });

  it("the Auth.js route reached as http://attacker.example sends a link to APP_URL", async () => {
    const { handlers } = await import("@/lib/auth");
    const attacker = { host: "attacker.example", "x-forwarded-host": "attacker.example" };
    const csrf = await handlers.GET(
      new NextRequest("http://attacker.example/api/auth/csrf", { headers: attacker }),
    );
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    await handlers.POST(
      new NextRequest("http://attacker.example/api/auth/signin/email", {
        method: "POST",
        headers: { ...attacker, cookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: EMAIL, csrfToken, callbackUrl: "/account" }),
      }),
    );

    const links = await sentLinks();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.origin).toBe(APP_ORIGIN);
  });

  it("a link Auth.js built on another origin is mailed on APP_URL with its own path and token", async () => {
    const { sendSignInLink } = await import("@/lib/server/auth/send-sign-in-link");
    await db.rateLimit.deleteMany({}); // the tests above used this address's hourly share
    // Next names a loopback APP_URL (127.0.0.1) "localhost"; a misconfigured AUTH_URL could name anything.
    for (const origin of ["http://attacker.example", "http://localhost:1"])
      await sendSignInLink(
        await testContext(),
        EMAIL,
        `${origin}/api/auth/callback/email?token=t0k3n&email=x`,
      );
    const links = await sentLinks();
    expect(links.map(String)).toEqual([
      `${APP_ORIGIN}/api/auth/callback/email?token=t0k3n&email=x`,
      `${APP_ORIGIN}/api/auth/callback/email?token=t0k3n&email=x`,
    ]);
  });
});
