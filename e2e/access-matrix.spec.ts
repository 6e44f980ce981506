import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import { ACTIONS } from "../tests/access/actions";
import { PAGES } from "../tests/access/pages";
import { ROUTES } from "../tests/access/routes";
import { CALLERS, type TActionDeclaration, type TCaller, type TIds } from "../tests/access/types";
import { ADMIN, SUPPORT, signInAsCustomer, signInAsStaff } from "./fixtures/auth";
import { actionAnswer, buildActionIds, pageAnswer, seedAccessData, signedInContext } from "./fixtures/access";
import { sql } from "./fixtures/db";
import { tracesOf } from "./fixtures/support-data";

// The access matrix: every page, route handler method and server action (tests/access/*, kept
// complete by tests/access/declarations.test.ts) asked once by each of five callers, each answer
// compared with the one declared. Callers that must be refused send a real request naming customer
// A's objects; callers that may act send an input the action's schema refuses, so nothing changes.

type TCell = { target: string; caller: TCaller; expected: string; got: string };

async function callAction(
  request: APIRequestContext,
  id: string,
  declaration: TActionDeclaration,
  ids: TIds,
  caller: TCaller,
): Promise<string> {
  const headers = { "Next-Action": id, Accept: "text/x-component" };
  const url = declaration.page(ids);
  const mayAct = declaration.answers[caller] === "ok" && declaration.probe !== undefined;
  const input = mayAct ? declaration.probe : declaration.input(ids);
  const data = JSON.stringify(input === undefined ? [] : [input]);
  return actionAnswer(
    await request.post(url, {
      headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
      data,
      maxRedirects: 0,
    }),
  );
}

async function askEverything(
  request: APIRequestContext,
  caller: TCaller,
  ids: TIds,
  actionIds: Map<string, string>,
): Promise<TCell[]> {
  const cells: TCell[] = [];
  const record = (target: string, expected: string, got: string) =>
    cells.push({ target, caller, expected, got });
  for (const [target, d] of Object.entries(PAGES))
    record(target, d.answers[caller], pageAnswer(await request.get(d.url(ids), { maxRedirects: 0 })));
  for (const [target, d] of Object.entries(ROUTES)) {
    const [method] = target.split(" ");
    const response = await request.fetch(d.url(ids), {
      method,
      maxRedirects: 0,
      ...(d.body === undefined
        ? {}
        : {
            data: d.body,
            headers: {
              "Content-Type": d.body.startsWith("{")
                ? "application/json"
                : "application/x-www-form-urlencoded",
            },
          }),
    });
    record(target, d.answers[caller], pageAnswer(response));
  }
  // Sign-out ends the session the other cells need: last.
  const actions = Object.entries(ACTIONS).sort(
    ([, a], [, b]) => Number(!!a.endsSession) - Number(!!b.endsSession),
  );
  for (const [target, d] of actions) {
    const id = actionIds.get(target);
    record(
      target,
      d.answers[caller],
      id ? await callAction(request, id, d, ids, caller) : "not in the build",
    );
  }
  return cells;
}

test("every page, route and server action answers each caller as declared", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const actionIds = buildActionIds();
  // The build's own list of actions: one the source scan missed would have no declaration.
  expect([...actionIds.keys()].filter((key) => !(key in ACTIONS))).toEqual([]);

  const { ids, emailA, emailB, agreementA } = await seedAccessData();
  const before = await tracesOf(agreementA);
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const signedIn = (signIn: (page: Page) => Promise<void>) => signedInContext(browser, baseURL, signIn);
  const contexts = {
    customer: await signedIn((page) => signInAsCustomer(page, emailA, "/account")),
    otherCustomer: await signedIn((page) => signInAsCustomer(page, emailB, "/account")),
    support: await signedIn((page) => signInAsStaff(page, SUPPORT)),
    admin: await signedIn((page) => signInAsStaff(page, ADMIN, "/admin")),
  };
  const requestOf = (caller: TCaller) => (caller === "anonymous" ? anonymous : contexts[caller].request);

  // One request per cell; the five callers in parallel, each in its own session.
  const cells = (
    await Promise.all(CALLERS.map((caller) => askEverything(requestOf(caller), caller, ids, actionIds)))
  ).flat();
  await test.info().attach("access-matrix.json", {
    body: JSON.stringify(cells, null, 2),
    contentType: "application/json",
  });

  expect(cells.length).toBe(
    CALLERS.length * (Object.keys(PAGES).length + Object.keys(ROUTES).length + Object.keys(ACTIONS).length),
  );
  expect(cells.filter((cell) => cell.got !== cell.expected)).toEqual([]);
  // Refused callers sent real requests, the others inputs their schemas refuse: nothing changed.
  expect(await tracesOf(agreementA)).toEqual(before);
  const staffRow = await sql().query(`SELECT role, disabled FROM "User" WHERE id = $1`, [ids.supportUserId]);
  expect(staffRow.rows[0]).toEqual({ role: "SUPPORT", disabled: false });

  await anonymous.dispose();
  await Promise.all(Object.values(contexts).map((context) => context.close()));
});
