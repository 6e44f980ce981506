// Following the links in Abo's mail against a running web role (tests/harness/roles.ts), the way a
// mail client and a browser would: plain GETs, redirects not followed, cookies only where given.

/** The one cookie that pairs with Auth.js's CSRF token (the proxy and the route handler each set one). */
async function csrf(base: string): Promise<{ csrfToken: string; cookie: string }> {
  const response = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith(`authjs.csrf-token=${csrfToken}`));
  return { csrfToken, cookie: cookie ?? "" };
}

/**
 * Asks for a customer's sign-in link on the web role, as the sign-in form does: Auth.js's email
 * provider stores a token and hands the link to Abo, which queues the mail.
 */
export async function requestSignInLink(base: string, email: string, callbackUrl = "/account") {
  const { csrfToken, cookie } = await csrf(base);
  const response = await fetch(`${base}/api/auth/signin/email`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${base}${callbackUrl}` }),
  });
  // Auth.js answers "check your email" (its verify-request page) once the token is stored.
  const location = response.headers.get("location") ?? "";
  if (!/\/verify-request|\/sign-in\/check-email/.test(location))
    throw new Error(`sign-in by email for ${email}: ${response.status} → ${location}`);
}

/** Opens a mailed sign-in link: where it sends the browser, and the session cookie it sets. */
export async function openSignInLink(link: string) {
  const response = await fetch(link, { redirect: "manual" });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => /^authjs\.session-token=./.test(c));
  return { status: response.status, location: target(response, link), session: session ?? null };
}

/** Where a redirect goes, as an absolute address (Next sends a same-origin one as a path). */
const target = (response: Response, from: string) => {
  const location = response.headers.get("location");
  return location === null ? null : new URL(location, from).href;
};

/** A GET of `link`, with `cookie` when given; the status, a redirect's target, and the body. */
export async function follow(link: string, cookie?: string | null) {
  const response = await fetch(link, { redirect: "manual", headers: cookie ? { cookie } : {} });
  return {
    status: response.status,
    location: target(response, link),
    body: response.status === 200 ? await response.text() : "",
  };
}
