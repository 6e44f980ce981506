// Issue 13, finding 9: signing out must end the session on the server. Sessions are JWT cookies, so
// a copied cookie used to work until it expired (8 hours). Here a staff member signs in through
// Auth.js's own routes (in-process), the cookie is kept, and after sign-out, disabling or a role
// change the same cookie, decoded by Auth.js and read as every page and action reads it
// (sessionUser, behind getCurrentUser), stands for nobody.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { handlers } from "@/lib/auth";
import { sessionUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { changeStaffRole } from "@/lib/server/admin/change-staff-role";
import { setStaffDisabled } from "@/lib/server/admin/set-staff-disabled";
import { createMerchant } from "../factories";
import { testContext } from "../shared/server-context";

const BASE = "http://localhost:3999";
const PASSWORD = "correct horse battery staple";
const SESSION_COOKIE = "authjs.session-token";

/** A cookie jar in front of the Auth.js route handlers. */
class Browser {
  readonly cookies = new Map<string, string>();

  async request(method: "GET" | "POST", path: string, form?: Record<string, string>) {
    const headers = new Headers({ cookie: cookieHeader(this.cookies) });
    if (form) headers.set("content-type", "application/x-www-form-urlencoded");
    const request = new NextRequest(`${BASE}${path}`, {
      method,
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const response = await (method === "GET" ? handlers.GET : handlers.POST)(request);
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      if (value && !/max-age=0/i.test(line)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }

  async signIn(email: string) {
    const { csrfToken } = (await (await this.request("GET", "/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    await this.request("POST", "/api/auth/callback/staff", { csrfToken, email, password: PASSWORD });
    const cookie = this.cookies.get(SESSION_COOKIE);
    expect(cookie, "signed in").toBeTruthy();
    return cookie!;
  }

  async signOut() {
    const { csrfToken } = (await (await this.request("GET", "/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    await this.request("POST", "/api/auth/signout", { csrfToken });
    expect(this.cookies.get(SESSION_COOKIE)).toBeUndefined();
  }
}

function cookieHeader(cookies: Map<string, string>): string {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
}

/** Who a copied session cookie stands for, as the app reads it. */
async function whoIs(sessionCookie: string) {
  const request = new NextRequest(`${BASE}/api/auth/session`, {
    headers: { cookie: `${SESSION_COOKIE}=${sessionCookie}` },
  });
  const session = await (await handlers.GET(request)).json();
  return sessionUser(session);
}

let admin: TAdminActor;

/** A staff member of the installation's merchant (staff belong to one). */
async function staff(email: string, role: "SUPPORT" | "ADMIN" = "SUPPORT") {
  const merchantId = (await testContext()).merchantId;
  return db.user.create({ data: { email, role, merchantId, passwordHash: await hashPassword(PASSWORD) } });
}

describe("sign-out, disabling and role changes end the session on the server", () => {
  beforeAll(async () => {
    await createMerchant();
    const user = await staff("admin@abo.test", "ADMIN");
    admin = { type: "STAFF", id: user.id, email: user.email, role: "ADMIN" };
  });

  it("a cookie copied before sign-out is refused after it", async () => {
    const user = await staff("agent-out@abo.test");
    const browser = new Browser();
    const copied = await browser.signIn(user.email);
    expect(await whoIs(copied)).toMatchObject({ id: user.id, role: "SUPPORT" });

    await browser.signOut();
    expect(await whoIs(copied)).toBeNull();

    // Signing in again gives a new session that works.
    expect(await whoIs(await new Browser().signIn(user.email))).toMatchObject({ id: user.id });
  });

  it("disabling a staff member ends their session, and re-enabling does not revive it", async () => {
    const user = await staff("agent-disabled@abo.test");
    const copied = await new Browser().signIn(user.email);
    expect(await whoIs(copied)).toMatchObject({ id: user.id });

    await setStaffDisabled(await testContext({ actor: admin }), { userId: user.id, disabled: true });
    expect(await whoIs(copied)).toBeNull();
    await setStaffDisabled(await testContext({ actor: admin }), { userId: user.id, disabled: false });
    expect(await whoIs(copied)).toBeNull();
  });

  it("a role change ends the session: the old cookie carries no role at all", async () => {
    const user = await staff("agent-promoted@abo.test");
    const other = await staff("agent-bystander@abo.test");
    const copied = await new Browser().signIn(user.email);
    const bystander = await new Browser().signIn(other.email);

    await changeStaffRole(await testContext({ actor: admin }), { userId: user.id, role: "ADMIN" });
    expect(await whoIs(copied)).toBeNull();
    // Only that person's sessions end.
    expect(await whoIs(bystander)).toMatchObject({ id: other.id });
  });
});
