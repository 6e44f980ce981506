// Shared set-up for the billing integration tests: both clocks moved together, and many ACTIVE
// agreements at once (the emulator's bulk seed plus the matching Abo rows, as sign-ups would leave them).
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { commands, startChild, waitForOutput, type Child } from "../../scripts/lib/processes";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db";
import { toDateOnly } from "@/lib/domain/periods";
import { createMerchant, emulator, EMULATOR_MERCHANTS } from "../factories";

let offsetMs = 0;

/** Puts the emulator's manual clock and Abo's clock on the same instant. */
export async function setBothClocks(iso: string): Promise<void> {
  await emulator.setClock({ mode: "manual", now: iso });
  offsetMs = Date.parse(iso) - Date.now();
  await setClockOffset(offsetMs);
}

/** Moves both clocks forward; the emulator runs its charge batches on the way. */
export async function advanceBothClocks(by: { days?: number; hours?: number }): Promise<void> {
  await emulator.advance(by);
  offsetMs += ((by.days ?? 0) * 24 + (by.hours ?? 0)) * 3_600_000;
  await setClockOffset(offsetMs);
}

/** Brings Abo's clock to the emulator's (after moving the emulator's alone). */
export async function alignAboClock(): Promise<void> {
  offsetMs = (await emulatorNow()).getTime() - Date.now();
  await setClockOffset(offsetMs);
}

export async function emulatorNow(): Promise<Date> {
  return new Date((await emulator.clock()).now);
}

/** ACTIVE agreements on the Norwegian test unit, billing from today (period 0 not yet charged). */
export async function seedActiveAgreements(
  count: number,
  options: { amount?: number; interval?: { unit: "DAY" | "WEEK" | "MONTH"; count: number } } = {},
) {
  const { merchant, salesUnits } = await createMerchant();
  const amount = options.amount ?? 29_900;
  const interval = options.interval ?? { unit: "MONTH" as const, count: 1 };
  const { ids } = await emulator.seedAgreements({
    msn: EMULATOR_MERCHANTS.NO.msn,
    count,
    status: "ACTIVE",
    pricing: { type: "LEGACY", amount },
    interval,
    productName: "Bulkavisen",
  });
  const started = await emulatorNow();
  const prefix = randomUUID().slice(0, 8);
  const rows = ids.map((vippsAgreementId, i) => ({
    id: `s${prefix}${i}`,
    merchantId: merchant.id,
    salesUnitId: salesUnits.NO.id,
    vippsAgreementId,
    status: "ACTIVE" as const,
    market: "NO" as const,
    currency: "NOK" as const,
    pricingType: "LEGACY" as const,
    amount,
    intervalUnit: interval.unit,
    intervalCount: interval.count,
    productName: "Bulkavisen",
    transactionType: "DIRECT_CAPTURE" as const,
    retryDays: 2,
    externalId: `s${prefix}${i}`,
    returnToken: `rt-${prefix}-${i}`,
    draftIdempotencyKey: `agr-s${prefix}${i}`,
    activatedAt: started,
    billingAnchor: toDateOnly(started),
    nextPeriodIndex: 0,
    nextChargeDate: toDateOnly(started),
  }));
  for (let i = 0; i < rows.length; i += 5000)
    await db.agreement.createMany({ data: rows.slice(i, i + 5000) });
  return { merchant, salesUnits, agreements: rows };
}

/** Every charge the emulator holds for the Norwegian test unit (its control API, not the Vipps surface). */
export async function emulatorCharges(): Promise<
  { id: string; agreementId: string; status: string; amount: number; type: string }[]
> {
  const response = await fetch(
    `${emulator.baseUrl}/_emulator/charges?msn=${EMULATOR_MERCHANTS.NO.msn}&limit=10000`,
  );
  if (!response.ok) throw new Error(`emulator charges: ${response.status}`);
  return (await response.json()) as {
    id: string;
    agreementId: string;
    status: string;
    amount: number;
    type: string;
  }[];
}

/** A real worker process (jobs/worker.ts) on the test's database and emulator, its output in a log file. */
export async function startWorker(name: string, env: Record<string, string> = {}): Promise<Child> {
  const child = spawnWorker(name, env);
  await waitForOutput(child, /worker ready/, 60_000);
  return child;
}

/** The same, without waiting until it is ready (so it can be killed while it boots). */
export function spawnWorker(name: string, env: Record<string, string> = {}): Child {
  return startChild({
    name,
    command: commands.tsxServer("jobs/worker.ts"),
    env: { ...process.env, ABO_SERVICE: name, LOG_LEVEL: "warn", WORKER_CONCURRENCY: "4", ...env },
    logDir: workerLogDir,
  });
}

/** SIGKILL: no shutdown, no cleanup, whatever it was doing. */
export async function killWorker(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = new Promise((resolve) => child.process.once("exit", resolve));
  child.process.kill("SIGKILL");
  await exited;
}

const workerLogDir = mkdtempSync(path.join(tmpdir(), "abo-test-workers-"));

/** An agreement whose product takes a first charge at sign-up (NOK 199 in Norway, DKK 99 in Denmark). */
export const withInitial = (
  transactionType: "DIRECT_CAPTURE" | "RESERVE_CAPTURE",
  market: "NO" | "DK" = "NO",
) => ({
  market,
  product: {
    transactionType,
    initialChargeDescription: "Første levering",
    initialChargeTransactionType: transactionType,
    prices: [
      market === "NO"
        ? { market, currency: "NOK" as const, amount: 19_900, initialChargeAmount: 19_900 }
        : { market, currency: "DKK" as const, amount: 9_900, initialChargeAmount: 9_900 },
    ],
  },
});
