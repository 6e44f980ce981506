// Issue 13: every server action and route handler, sent malformed input by a caller allowed to use
// it (non-JSON and truncated bodies, wrong types in each field, 100 kB strings, NUL and lone
// surrogates, negative / zero / huge / unreadable amounts). Nothing answers with a 5xx or an
// unhandled error, every action refuses with a message, and no table of record gains a row.
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from "@playwright/test";
import { ACTIONS } from "../tests/access/actions";
import { ROUTES } from "../tests/access/routes";
import type { TCaller, TIds } from "../tests/access/types";
import { ADMIN, SUPPORT, signInAsCustomer, signInAsStaff } from "./fixtures/auth";
import { buildActionIds, seedAccessData, signedInContext } from "./fixtures/access";
import { actionCases, callerOf, HUGE, judge, SCHEMAS, validInput, type TCase } from "./fixtures/bad-input";
import { sql } from "./fixtures/db";

// Rows a refused request must not leave behind. The worker's own writes (actorType SYSTEM) are left
// out of the audit and operation counts: it runs on its schedule, whatever the sweep sends.
const COUNTS = `SELECT
  (SELECT count(*) FROM "AuditEvent" WHERE "actorType" <> 'SYSTEM')::int AS "AuditEvent",
  (SELECT count(*) FROM "VippsOperation" WHERE "actorType" <> 'SYSTEM')::int AS "VippsOperation",
  (SELECT count(*) FROM "Charge")::int AS "Charge",
  (SELECT count(*) FROM "Agreement")::int AS "Agreement",
  (SELECT count(*) FROM "Customer")::int AS "Customer",
  -- Mail a request writes without an audit entry. Receipts and notices come from webhooks and the
  -- scheduler, which keep running during the sweep (an earlier test's charge may be captured now).
  (SELECT count(*) FROM "Email" WHERE kind IN ('sign-in-link', 'sign-up-claim', 'staff-invite'))::int AS "Email",
  (SELECT count(*) FROM "Product")::int AS "Product",
  (SELECT count(*) FROM "User")::int AS "User",
  (SELECT count(*) FROM "SalesUnit")::int AS "SalesUnit"`;

type TFinding = { target: string; caller: TCaller; input: string; got: string };

const post = (request: APIRequestContext, url: string, id: string, body: string) =>
  request.post(url, {
    headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: body,
    maxRedirects: 0,
  });

async function sweepAction(
  request: APIRequestContext,
  key: string,
  id: string,
  ids: TIds,
  caller: TCaller,
): Promise<{ findings: TFinding[]; sent: number; schemaAccepted: string[] }> {
  const declaration = ACTIONS[key]!;
  const url = declaration.page(ids);
  const findings: TFinding[] = [];
  const schemaAccepted: string[] = [];
  let sent = 0;
  // Sign-out takes no input and redirects whatever it gets: it only has to stay clear of a 5xx.
  const expected = declaration.endsSession ? ["redirect", "refused"] : ["refused"];
  const check = async (input: string, send: () => Promise<APIResponse>) => {
    sent++;
    const got = await judge(await send());
    if (!expected.includes(got)) findings.push({ target: key, caller, input, got });
  };

  const { cases, amountCases } = actionCases(validInput(key, ids));
  const schema = SCHEMAS[key];
  for (const c of cases as TCase[]) {
    // A variant the schema takes (null where null means "none", a number it coerces) is a valid
    // input: sending it would change things. Amounts are sent anyway: the server must refuse them.
    if (schema && c.args?.length === 1 && !amountCases.has(c.label)) {
      const parsed = await schema.safeParseAsync(c.args[0]);
      if (parsed.success) {
        schemaAccepted.push(`${key}: ${c.label}`);
        continue;
      }
    }
    await check(c.label, () => post(request, url, id, c.body));
  }
  return { findings, sent, schemaAccepted };
}

/** Route handlers: junk bodies and query strings; none may give a 5xx. */
async function sweepRoutes(
  requestOf: (caller: TCaller) => APIRequestContext,
  ids: TIds,
): Promise<{ findings: TFinding[]; sent: number }> {
  const findings: TFinding[] = [];
  let sent = 0;
  const check = async (target: string, caller: TCaller, input: string, status: number) => {
    sent++;
    if (status >= 500) findings.push({ target, caller, input, got: `status ${status}` });
  };
  const junkQueries = [
    "x=%00&amount=-1",
    "range=%00&from=9999-99-99&to=%ED%A0%80",
    "range=abc&from=-1&to=1e12",
    "range=[]&from=2030-02-30&to=2030-01-01",
    `from=${"9".repeat(5_000)}`,
    `range=${"x".repeat(100_000)}`,
    "format=%00",
    "format=pdf&format=md",
    "format=%C0%AF",
  ];
  for (const [target, d] of Object.entries(ROUTES)) {
    const [method] = target.split(" ");
    if (method !== "GET") continue;
    // The first caller the route serves; a route that serves nobody but redirects gets anonymous.
    const caller =
      (["anonymous", "customer", "support", "admin"] as const).find((c) => d.answers[c] === "ok") ??
      "anonymous";
    const base = d.url(ids);
    for (const query of junkQueries) {
      const url = `${base}${base.includes("?") ? "&" : "?"}${query}`;
      const response = await requestOf(caller).get(url, { maxRedirects: 0 });
      await check(target, caller, `?${query.slice(0, 60)}`, response.status());
    }
  }

  const bodies: [string, string][] = [
    ["text/plain", "not json"],
    ["application/json", '{"eventId":'],
    ["application/json", "null"],
    ["application/json", "[]"],
    ["application/json", JSON.stringify({ agreementId: 42, eventType: null, amount: -1 })],
    ["application/json", JSON.stringify({ eventId: "a\u0000b", text: "a\uD800b" })],
    ["application/json", JSON.stringify({ eventId: HUGE })],
    ["application/x-www-form-urlencoded", `email=${"x".repeat(100_000)}&password=%00`],
    ["application/x-www-form-urlencoded", "email=a%00b%40x.test&password=%ED%A0%80&csrfToken=%00"],
    ["application/x-www-form-urlencoded", "%%%"],
  ];
  const junkHeaders: Record<string, string>[] = [
    {},
    { authorization: "HMAC-SHA256 SignedHeaders=x;y&Signature=%%%", "x-ms-date": "not a date" },
    { "x-ms-content-sha256": "x".repeat(2_000), "x-ms-date": "Thu, 01 Jan 9999 00:00:00 GMT" },
  ];
  const posts = ["/api/webhooks/vipps", "/api/auth/callback/staff", "/api/auth/signin/email"];
  for (const url of posts)
    for (const [type, data] of bodies)
      for (const headers of url.includes("webhooks") ? junkHeaders : [{}]) {
        const response = await requestOf("anonymous").post(url, {
          headers: { ...headers, "Content-Type": type },
          data,
          maxRedirects: 0,
        });
        await check(`POST ${url}`, "anonymous", `${type} ${data.slice(0, 60)}`, response.status());
        if (url.includes("webhooks") && response.status() < 400)
          findings.push({
            target: `POST ${url}`,
            caller: "anonymous",
            input: data.slice(0, 60),
            got: "accepted",
          });
      }
  return { findings, sent };
}

test("malformed input to every action and route is refused with a message; nothing is written", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const actionIds = buildActionIds();
  const { ids, emailA } = await seedAccessData();
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const signedIn = (signIn: (page: Page) => Promise<void>) => signedInContext(browser, baseURL, signIn);
  const contexts = {
    customer: await signedIn((page) => signInAsCustomer(page, emailA, "/account")),
    support: await signedIn((page) => signInAsStaff(page, SUPPORT)),
    admin: await signedIn((page) => signInAsStaff(page, ADMIN, "/admin")),
  };
  const requestOf = (caller: TCaller) =>
    caller === "anonymous" || caller === "otherCustomer" ? anonymous : contexts[caller].request;

  const before = (await sql().query(COUNTS)).rows[0];
  const agreementBefore = (
    await sql().query(`SELECT status FROM "Agreement" WHERE id = $1`, [ids.agreementA])
  ).rows[0];

  // Each caller sweeps its own actions; the callers in parallel. Sign-out (anonymous) goes last.
  const byCaller = new Map<TCaller, string[]>();
  const keys = Object.keys(ACTIONS).sort(
    (a, b) => Number(!!ACTIONS[a]!.endsSession) - Number(!!ACTIONS[b]!.endsSession),
  );
  for (const key of keys) {
    const caller = callerOf(ACTIONS[key]!);
    byCaller.set(caller, [...(byCaller.get(caller) ?? []), key]);
  }
  const results = await Promise.all(
    [...byCaller].map(async ([caller, list]) => {
      const out = [];
      for (const key of list) {
        const id = actionIds.get(key);
        if (!id) throw new Error(`${key} is not in the build`);
        out.push(await sweepAction(requestOf(caller), key, id, ids, caller));
      }
      return out;
    }),
  );
  const routes = await sweepRoutes(requestOf, ids);

  const actions = results.flat();
  const findings = [...actions.flatMap((r) => r.findings), ...routes.findings];
  const schemaAccepted = actions.flatMap((r) => r.schemaAccepted);
  await test.info().attach("bad-input-sweep.json", {
    body: JSON.stringify(
      { sent: actions.reduce((n, r) => n + r.sent, 0) + routes.sent, findings, schemaAccepted },
      null,
      2,
    ),
    contentType: "application/json",
  });

  expect(actions.reduce((n, r) => n + r.sent, 0)).toBeGreaterThan(Object.keys(ACTIONS).length * 10);
  expect.soft(findings).toEqual([]);
  expect.soft((await sql().query(COUNTS)).rows[0]).toEqual(before);
  expect(
    (await sql().query(`SELECT status FROM "Agreement" WHERE id = $1`, [ids.agreementA])).rows[0],
  ).toEqual(agreementBefore);

  // The proxy's body check lets a well-formed call through (it only changes the locale cookie).
  const locale = "lib/actions/locale.ts#setLocaleAction";
  const valid = await post(anonymous, "/", actionIds.get(locale)!, JSON.stringify([{ locale: "en" }]));
  const validText = await valid.text();
  expect
    .soft(
      { status: valid.status(), result: /"data":\{"locale":"en"\}/.test(validText) },
      validText.slice(0, 300),
    )
    .toEqual({ status: 200, result: true });

  await anonymous.dispose();
  await Promise.all(Object.values(contexts).map((context) => context.close()));
});
