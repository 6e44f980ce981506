import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";

// The official OpenAPI documents are read from ../shared (never copied into the repo). They are
// OpenAPI 3.0, so before Ajv sees them we make five mechanical readings, each a defect of the
// document rather than a choice of the emulator:
//  1. `nullable: true` beside a `$ref` (no `type`) means "or null": anyOf [ref, null].
//  2. `oneOf` becomes `anyOf`: the unions overlap as written (a price campaign satisfies both the
//     price and the legacy campaign schemas; ErrorV3 has no required fields and matches any object),
//     so strict oneOf would reject every valid response.
//  3. Boolean `exclusiveMinimum`/`exclusiveMaximum: false` (OpenAPI 3.0 / draft-04) are dropped.
//  4. The transactionId pattern `^\d{10+}$` is not a valid regular expression; we read it as `^\d{10,}$`.
//  5. A nullable enum (failureReason) allows null: OpenAPI 3.0.3 says null must then be listed in
//     the enum, which the document forgot, though it describes the field as null until a failure.

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A path under ../shared relative to the repo root; fails plainly when it is not there. */
export function sharedPath(...segments: string[]): string {
  const p = resolve(REPO_ROOT, "../shared", ...segments);
  if (!existsSync(p))
    throw new Error(
      `Missing reference file: ${p} (the official Vipps documents are read from ../shared, next to the repo)`,
    );
  return p;
}

type Json = Record<string, unknown>;

function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (!node || typeof node !== "object") return node;
  const src = node as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(src)) {
    if ((k === "exclusiveMinimum" || k === "exclusiveMaximum") && typeof v === "boolean") continue;
    if (k === "oneOf") out.anyOf = normalize(v);
    else if (k === "pattern" && v === "^\\d{10+}$") out.pattern = "^\\d{10,}$";
    else out[k] = normalize(v);
  }
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
    out.enum = [...(out.enum as unknown[]), null];
  if (out.nullable === true && out.type === undefined) {
    const { nullable: _n, ...rest } = out;
    return { anyOf: [rest, { type: "null" }] };
  }
  return out;
}

export type SpecName = "recurring" | "token" | "webhooks";
const FILES: Record<SpecName, string> = {
  recurring: "recurring-api-openapi-2.6.17.yaml",
  token: "access-token-api.yaml",
  webhooks: "webhooks-api.yaml",
};

export type SpecDocument = { paths: Record<string, Record<string, { responses: Record<string, Json> }>> };

export function loadSpec(name: SpecName): SpecDocument {
  // YAML 1.2 (the yaml package's default), so the countryCode enum `NO` stays the string "NO".
  return parse(readFileSync(sharedPath("vipps", "spec", FILES[name]), "utf8")) as SpecDocument;
}

const escapePointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

export class ContractValidator {
  private ajv = new Ajv({ strict: false, allErrors: true });
  private docs = new Map<SpecName, SpecDocument>();
  private cache = new Map<string, ValidateFunction | null>();

  constructor() {
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
    addFormats(this.ajv);
    for (const name of Object.keys(FILES) as SpecName[]) {
      const doc = normalize(loadSpec(name)) as SpecDocument & Json;
      this.docs.set(name, doc);
      this.ajv.addSchema({ ...doc, $id: `https://spec.invalid/${name}` });
    }
  }

  /** The response schema the document declares for this status (or `default`), if any. */
  validator(spec: SpecName, path: string, method: string, status: number): ValidateFunction | null {
    const key = `${spec} ${method} ${path} ${status}`;
    if (this.cache.has(key)) return this.cache.get(key) ?? null;
    const op = this.docs.get(spec)?.paths[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`${spec}: no operation ${method} ${path} in the document`);
    const statusKey = op.responses[String(status)] ? String(status) : op.responses.default ? "default" : null;
    let fn: ValidateFunction | null = null;
    const content = statusKey ? (op.responses[statusKey]?.content as Json | undefined) : undefined;
    const mediaType = content ? Object.keys(content)[0] : undefined;
    if (statusKey && mediaType) {
      const pointer = [
        "paths",
        path,
        method.toLowerCase(),
        "responses",
        statusKey,
        "content",
        mediaType,
        "schema",
      ]
        .map(escapePointer)
        .join("/");
      fn = this.ajv.getSchema(`https://spec.invalid/${spec}#/${pointer}`) ?? null;
    }
    this.cache.set(key, fn);
    return fn;
  }

  declaresOperation(spec: SpecName, path: string, method: string): boolean {
    return Boolean(this.docs.get(spec)?.paths[path]?.[method.toLowerCase()]);
  }

  validate(
    spec: SpecName,
    path: string,
    method: string,
    status: number,
    body: unknown,
  ): ErrorObject[] | null {
    const fn = this.validator(spec, path, method, status);
    if (!fn) return null;
    return fn(body) ? [] : [...(fn.errors ?? [])];
  }
}
