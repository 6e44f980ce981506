import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ACTIONS } from "./actions";
import { listActions, listPages, listRouteMethods, listStrayMetadata } from "./inventory";
import { PAGES } from "./pages";
import { ROUTES } from "./routes";
import { CALLERS } from "./types";

// The access matrix (e2e/access-matrix.spec.ts) asks every page, route and action what it answers
// each caller. This keeps its declarations complete: a new entry point without a declared answer
// for all five callers fails here, before any server runs.
const root = fileURLToPath(new URL("../..", import.meta.url));

describe("access declarations", () => {
  it("declare every page, and no page that is gone", () => {
    expect(Object.keys(PAGES).sort()).toEqual(listPages(root));
  });

  it("declare every route handler method, and none that is gone", () => {
    expect(Object.keys(ROUTES).sort()).toEqual(listRouteMethods(root));
  });

  it("declare every server action, and none that is gone", () => {
    expect(Object.keys(ACTIONS).sort()).toEqual(listActions(root).map((a) => a.key));
  });

  it("name each action as its .metadata({ name }) does", () => {
    const declared = Object.entries(ACTIONS).map(([key, d]) => ({ key, name: d.name }));
    const found = listActions(root).map(({ key, name }) => ({ key, name }));
    expect(declared.sort((a, b) => a.key.localeCompare(b.key))).toEqual(found);
  });

  it('find no action built outside a "use server" file', () => {
    expect(listStrayMetadata(root)).toEqual([]);
  });

  it("answer for all five callers", () => {
    for (const [key, d] of [...Object.entries(PAGES), ...Object.entries(ROUTES), ...Object.entries(ACTIONS)])
      expect(Object.keys(d.answers).sort(), key).toEqual([...CALLERS].sort());
  });
});

describe("the inventory", () => {
  it("finds what a new page, route or action would add", () => {
    // Guards the scanner itself: if these stop being found, the checks above would pass vacuously.
    expect(listPages(root)).toContain("/sign-in");
    expect(listRouteMethods(root)).toEqual(
      expect.arrayContaining(["GET /api/auth/[...nextauth]", "POST /api/auth/[...nextauth]"]),
    );
    expect(listActions(root)).toEqual(
      expect.arrayContaining([
        { key: "app/(auth)/sign-in/actions.ts#staffSignInAction", name: "staffSignIn" },
        { key: "lib/actions/locale.ts#setLocaleAction", name: "setLocale" },
        { key: "components/layout/sign-out-button.tsx#$$RSC_SERVER_ACTION_0" },
      ]),
    );
  });
});
