// What the source tree exposes to callers: pages, route handler methods and server actions, found
// by reading files (no build). tests/access/declarations.test.ts compares it with the declarations.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function walk(root: string, dir = ""): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name === "generated" ? [] : walk(root, rel);
    return [rel];
  });
}

/** "app/(auth)/sign-in/page.tsx" → "/sign-in": route groups leave no trace in the URL. */
function routeOf(file: string): string {
  const segments = path.posix.dirname(file).split("/").slice(1);
  return "/" + segments.filter((s) => !/^\(.*\)$/.test(s)).join("/");
}

export function listPages(root: string): string[] {
  return walk(root, "app")
    .filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f))
    .map(routeOf)
    .sort();
}

/** "GET /api/health", one per exported HTTP method of each app/**\/route.ts. */
export function listRouteMethods(root: string): string[] {
  return walk(root, "app")
    .filter((f) => /\/route\.(ts|js)$/.test(f))
    .flatMap((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      const named = [...source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((m) => m[1]!);
      const destructured = [...source.matchAll(/export\s+const\s+\{([^}]*)\}/g)].flatMap((m) =>
        m[1]!.split(",").map((name) => name.split(":").pop()!.trim()),
      );
      const constants = [...source.matchAll(/export\s+const\s+(\w+)\s*=/g)].map((m) => m[1]!);
      return [...named, ...destructured, ...constants]
        .filter((name) => HTTP_METHODS.includes(name))
        .map((method) => `${method} ${routeOf(file)}`);
    })
    .sort();
}

export type TFoundAction = { key: string; name?: string };

const SOURCE_DIRS = ["app", "components", "lib"];
const isModuleServerFile = (source: string) =>
  /^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/.test(source);

/**
 * Every server action: the exports of "use server" files (with the `.metadata({ name })` each is
 * built with, if any) and inline "use server" functions elsewhere. Keys match the build's
 * server-reference-manifest: "<file>#<export>", inline ones "<file>#$$RSC_SERVER_ACTION_<n>".
 */
export function listActions(root: string): TFoundAction[] {
  const files = SOURCE_DIRS.flatMap((dir) => walk(root, dir)).filter((f) => /\.(tsx?|jsx?)$/.test(f));
  return files
    .flatMap((file): TFoundAction[] => {
      const source = readFileSync(path.join(root, file), "utf8");
      if (isModuleServerFile(source)) {
        const exports = [...source.matchAll(/^export\s+(?:const|(?:async\s+)?function)\s+(\w+)/gm)];
        return exports.map((match, i) => {
          const body = source.slice(match.index, exports[i + 1]?.index ?? source.length);
          const name = /\.metadata\(\{\s*name:\s*"([^"]+)"/.exec(body)?.[1];
          return { key: `${file}#${match[1]}`, ...(name ? { name } : {}) };
        });
      }
      const inline = [...source.matchAll(/^\s+["']use server["'];?\s*$/gm)];
      return inline.map((_, i) => ({ key: `${file}#$$RSC_SERVER_ACTION_${i}` }));
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Files that build an action with `.metadata(` outside a "use server" file: no client could call it.
 * Unit tests of the action client build throwaway actions on purpose; they are not served.
 */
export function listStrayMetadata(root: string): string[] {
  return SOURCE_DIRS.flatMap((dir) => walk(root, dir))
    .filter((f) => /\.(tsx?|jsx?)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      return /\.metadata\(\{\s*name:/.test(source) && !isModuleServerFile(source);
    });
}
