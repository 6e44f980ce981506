// The emulator's whole state for the soak's merchant, read through its control API in pages.
import type { TEmulatorAgreement, TEmulatorCharge } from "../shared/emulator-control";
import { EMULATOR_MERCHANTS } from "../factories";

const PAGE = 10_000;

async function all<T>(baseUrl: string, path: string): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const url = `${baseUrl}${path}?msn=${EMULATOR_MERCHANTS.NO.msn}&limit=${PAGE}&offset=${offset}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    const page = (await response.json()) as T[];
    rows.push(...page);
    const total = Number(response.headers.get("X-Total-Count"));
    if (rows.length >= total) return rows;
    // The charge list has no offset: more than one page of charges cannot be read whole.
    if (!path.endsWith("/agreements")) throw new Error(`${total} rows at ${path}: more than one page`);
  }
}

export async function remoteState(baseUrl: string) {
  const [agreements, charges] = await Promise.all([
    all<TEmulatorAgreement>(baseUrl, "/_emulator/agreements"),
    all<TEmulatorCharge>(baseUrl, "/_emulator/charges"),
  ]);
  return {
    agreements: new Map(agreements.map((a) => [a.id, a])),
    charges: new Map(charges.map((c) => [c.id, c])),
  };
}
