import { NextResponse } from "next/server";
import { isActionArgumentList, isMultipartBody } from "@/lib/actions/request-body";
import { auth } from "@/lib/auth";
import { env } from "@/lib/env";
import { hasInvalidPercentEscape } from "@/lib/schemas/params";

// Runs before every page and route: gives each request an id (logs, call records, audit), and sends
// anonymous visitors of private areas to sign in. Every page, action and route still checks access.
const PRIVATE = /^\/(account|support|admin)(\/|$)/;

export const proxy = auth(async (request) => {
  // Always our own: a caller-chosen id would let anyone plant ids in the logs and the audit trail.
  const requestId = crypto.randomUUID();
  const { pathname, search } = request.nextUrl;
  // Next's router would fail decoding such a path into params (a 500); it can name nothing here.
  if (hasInvalidPercentEscape(pathname))
    return new NextResponse("Bad request: the address has an invalid percent-escape (not UTF-8).", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "x-request-id": requestId },
    });
  // A server action call whose body React's decoder cannot read (not JSON, cut short, not a list):
  // Next would answer with a 500 before any of our checks run.
  if (
    request.method === "POST" &&
    request.headers.has("next-action") &&
    !isMultipartBody(request.headers.get("content-type")) &&
    !isActionArgumentList(await request.clone().text())
  )
    return new NextResponse("Bad request: a server action's arguments must be a JSON list.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "x-request-id": requestId },
    });
  if (!request.auth && PRIVATE.test(pathname)) {
    // Customers and staff sign in on pages of their own. The address is APP_URL's, never the
    // request's Host (which any client can set).
    const url = new URL(pathname.startsWith("/account") ? "/sign-in" : "/staff/sign-in", env().APP_URL);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
});

// Health checks and webhooks carry no session: no cookie to decode on every probe.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|favicon.svg|logo-default.svg|brand/logo$|api/webhooks|api/health$|api/ready$).*)",
  ],
};
