import { expect } from "vitest";
import type { HttpResult } from "./harness";
import { ContractValidator, type SpecName } from "./openapi";

/**
 * Deliberate deviations from the official 2023 documents: newer behaviour from FACTS.md. Each one
 * rewrites a response into what the 2023 document expects (returning true when it changed
 * something); a response must validate after the rewrites, and a deviation counts as observed only
 * when the response would fail without its rewrite. Every id here is listed in emulator/README.md
 * (asserted in contract.integration.test.ts).
 */
export type SchemaDeviation = { id: string; rewrite: (node: Record<string, unknown>) => boolean };

const isAgreement = (n: Record<string, unknown>) =>
  typeof n.uuid === "string" && "productName" in n && "pricing" in n;

export const SCHEMA_DEVIATIONS: SchemaDeviation[] = [
  {
    id: "currency-dkk-eur",
    rewrite: (n) => (n.currency === "DKK" || n.currency === "EUR" ? ((n.currency = "NOK"), true) : false),
  },
  {
    id: "country-code-dk-fi",
    rewrite: (n) =>
      n.countryCode === "DK" || n.countryCode === "FI" ? ((n.countryCode = "NO"), true) : false,
  },
  {
    id: "flexible-pricing",
    rewrite: (n) => {
      const p = n.pricing as Record<string, unknown> | undefined;
      if (p?.type !== "FLEXIBLE") return false;
      n.pricing = { ...p, type: "LEGACY", amount: 100 };
      return true;
    },
  },
  {
    id: "transaction-id-null",
    rewrite: (n) =>
      "transactionId" in n && n.transactionId === null ? ((n.transactionId = "0000000000"), true) : false,
  },
  {
    id: "charge-id-length",
    rewrite: (n) => {
      let changed = false;
      for (const k of ["id", "chargeId"])
        if (
          typeof n[k] === "string" &&
          (n[k] as string).length > 15 &&
          !(n[k] as string).startsWith("agr_")
        ) {
          n[k] = (n[k] as string).slice(0, 15);
          changed = true;
        }
      return changed;
    },
  },
  {
    id: "jwt-access-token",
    rewrite: (n) =>
      typeof n.access_token === "string" && n.access_token.includes(".")
        ? ((n.access_token = "AAAA"), true)
        : false,
  },
  {
    id: "merchant-agreement-url-optional",
    rewrite: (n) =>
      isAgreement(n) && !("merchantAgreementUrl" in n)
        ? ((n.merchantAgreementUrl = "https://example.com"), true)
        : false,
  },
  {
    id: "unscheduled-charge-type",
    rewrite: (n) => (n.type === "UNSCHEDULED" ? ((n.type = "RECURRING"), true) : false),
  },
];

function rewriteAll(body: unknown, deviations: SchemaDeviation[]): { body: unknown; used: Set<string> } {
  const copy = JSON.parse(JSON.stringify(body ?? null)) as unknown;
  const used = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const obj = node as Record<string, unknown>;
    for (const d of deviations) if (d.rewrite(obj)) used.add(d.id);
    Object.values(obj).forEach(walk);
  };
  walk(copy);
  return { body: copy, used };
}

/** Deviations seen during this test file, so the suite can assert each one is exercised. */
export const observedDeviations = new Set<string>();

let validator: ContractValidator | null = null;
export const contractValidator = (): ContractValidator => (validator ??= new ContractValidator());

/** Asserts the response matches the official document, apart from the declared deviations. */
export function expectContract(spec: SpecName, path: string, method: string, res: HttpResult): void {
  if (res.status === 204) {
    expect(res.text).toBe("");
    return;
  }
  const v = contractValidator();
  expect(v.declaresOperation(spec, path, method), `${spec} has no ${method} ${path}`).toBe(true);
  // Some statuses are declared without a body schema (token 401, webhooks 404): nothing to check.
  const check = (body: unknown) => v.validate(spec, path, method, res.status, body) ?? [];
  if (check(res.body).length === 0) return;
  const all = rewriteAll(res.body, SCHEMA_DEVIATIONS);
  expect(check(all.body), `${method} ${path} → ${res.status}: ${res.text.slice(0, 400)}`).toEqual([]);
  for (const id of all.used) {
    const without = rewriteAll(
      res.body,
      SCHEMA_DEVIATIONS.filter((d) => d.id !== id),
    );
    if (check(without.body).length > 0) observedDeviations.add(id);
  }
}
