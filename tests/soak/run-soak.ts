// The soak loop: simulated days, one at a time. Each day the customers, support and the admin act;
// both clocks move a day (the emulator runs its charge batch, Abo's worker fires that day's
// schedules); now and then the worker is SIGKILLed and restarted; the system settles; then every
// invariant is checked. A failure names the day and the seed to replay it with (SOAK_SEED).
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Child } from "../../scripts/lib/processes";
import type { EmulatorControl } from "../shared/emulator-control";
import { actForDay } from "./actors";
import type { TSoakContext } from "./context";
import { soakFaults, tallyFaults, webhookFaults, type TFaultTally } from "./faults";
import { checkInvariants } from "./invariants";
import { createRng } from "./rng";
import { settle, type TSettleOptions } from "./settle";
import { createCustomers, createWorld, UNDER_18 } from "./world";

export type TSoakOptions = {
  seed: number;
  days: number;
  customers: number;
  emulator: EmulatorControl;
  /** Starts a worker process (jobs/worker.ts) on the soak's database and emulator, ready. */
  startWorker: () => Promise<Child>;
  settleTimeoutMs?: number;
  startAt?: string;
  log?: (line: string) => void;
};

export type TSoakReport = {
  seed: number;
  days: number;
  customers: number;
  agreements: Record<string, number>;
  charges: Record<string, number>;
  faults: TFaultTally & { webhooksDropped: number; webhooksDuplicated: number };
  kills: number;
  wallSeconds: number;
  counts: Record<string, number>;
};

export class SoakFailure extends Error {}

export async function runSoak(options: TSoakOptions): Promise<TSoakReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const { emulator, seed } = options;
  const rng = createRng(seed);
  log(
    `soak: seed ${seed} (replay with SOAK_SEED=${seed}), ${options.days} days, ${options.customers} customers`,
  );

  const { now } = await emulator.setClock({ mode: "manual", now: options.startAt ?? "2030-01-01T12:00:00Z" });
  let at = new Date(now);
  await setClockOffset(at.getTime() - Date.now());
  const world = await createWorld();
  const ctx: TSoakContext = {
    rng,
    emulator,
    world,
    customers: createCustomers(
      rng,
      options.customers,
      Math.max(1, Math.min(30, Math.floor(options.days / 2))),
    ),
    today: at.toISOString().slice(0, 10),
    pauses: [],
    pendingOperations: new Map(),
    lagging: new Set(),
    unexpected: [],
    counts: {},
    history: new Map(),
  };
  const tally: TFaultTally = { "5xx": 0, "429": 0, timeouts: 0, lastId: 0 };
  // One SIGKILL in every 30 days, on a day and after a delay the seed picks.
  const killDays = new Set<number>();
  for (let month = 0; month * 30 < options.days; month++)
    killDays.add(month * 30 + rng.int(0, Math.min(29, options.days - 1 - month * 30)));

  let worker = await options.startWorker();
  let lastKill: Date | null = null;
  let kills = 0;
  await emulator.setFaults(soakFaults(seed));
  // The emulator's rate limits count per wall-clock minute; a simulated day takes a second or two,
  // so they would throttle a day's work as if it were done in that second. Injected 429s stay on.
  await emulator.setRateLimits(false);
  const settleOrFail = async (d: number, extra: Partial<TSettleOptions>) => {
    try {
      await settle(at, ctx.today, { lastKill, timeoutMs: options.settleTimeoutMs ?? 90_000, ...extra });
    } catch (error) {
      throw new SoakFailure(`soak day ${d + 1} (${ctx.today}), seed ${seed}: ${(error as Error).message}`);
    }
  };
  try {
    for (let d = 0; d < options.days; d++) {
      const t0 = Date.now();
      await actForDay(ctx, d);
      const t1 = Date.now();
      // A real day has 1,440 scheduler ticks; the jump has one. Let the day's own work finish first
      // (sign-ups decided today reach Abo), as it would in the minutes after each action.
      await settleOrFail(d, { ignoreQueues: ["agreement.poll"], also: () => decidedSignUpsApplied(ctx, d) });
      const t2 = Date.now();
      const advanced = await emulator.advance({ days: 1 });
      at = new Date(advanced.now);
      await setClockOffset(at.getTime() - Date.now());
      if (killDays.has(d)) {
        // Mid-work: the new day's schedules are firing as the worker dies.
        await new Promise((resolve) => setTimeout(resolve, rng.int(0, 1_500)));
        worker.process.kill("SIGKILL");
        await new Promise((resolve) => worker.process.once("exit", resolve));
        lastKill = new Date();
        kills++;
        worker = await options.startWorker();
      }
      ctx.today = at.toISOString().slice(0, 10);
      const t3 = Date.now();
      await settleOrFail(d, {});
      const t4 = Date.now();
      const wrong = await checkInvariants(ctx, at);
      const t5 = Date.now();
      await tallyFaults(emulator, tally);
      if (process.env.SOAK_VERBOSE)
        log(
          `day ${d + 1}: act ${t1 - t0} settle ${t2 - t1} advance ${t3 - t2} settle ${t4 - t3} check ${t5 - t4} tally ${Date.now() - t5} ms`,
        );
      if (wrong.length) {
        const named = new Set(wrong.flatMap((w) => w.match(/agreement (\w+)/)?.[1] ?? []));
        for (const id of [...named].slice(0, 5))
          wrong.push(`history of ${id}: ${(ctx.history.get(id) ?? []).join("; ") || "nothing done to it"}`);
        throw new SoakFailure(
          `soak day ${d + 1} (${ctx.today}), seed ${seed} (replay with SOAK_SEED=${seed}): ${wrong.length} invariant(s) broken:\n  ${wrong.slice(0, 45).join("\n  ")}`,
        );
      }
      if ((d + 1) % 10 === 0)
        log(`soak: day ${d + 1} ${ctx.today} ok (${Math.round((Date.now() - started) / 1000)}s)`);
    }
  } finally {
    await emulator.clearFaults();
    await emulator.setRateLimits(true);
    await worker.stop();
  }
  const webhooks = await webhookFaults(emulator);
  const byStatus = async (rows: Promise<{ status: string; n: number }[]>) =>
    Object.fromEntries((await rows).map((r) => [r.status, r.n]));
  return {
    seed,
    days: options.days,
    customers: options.customers,
    agreements: await byStatus(
      db.$queryRaw`SELECT status::text AS status, count(*)::int AS n FROM "Agreement" GROUP BY status`,
    ),
    charges: await byStatus(
      db.$queryRaw`SELECT status::text AS status, count(*)::int AS n FROM "Charge" GROUP BY status`,
    ),
    faults: { ...tally, webhooksDropped: webhooks.dropped, webhooksDuplicated: webhooks.duplicated },
    kills,
    wallSeconds: Math.round((Date.now() - started) / 1000),
    counts: ctx.counts,
  };
}

/** Sign-ups approved or rejected today that Abo still shows as PENDING (an under-18 approval is
 * refused silently by Vipps: it ends like an unanswered request, at expiry). */
async function decidedSignUpsApplied(ctx: TSoakContext, d: number): Promise<string[]> {
  const ids = ctx.customers
    .filter(
      (c) =>
        c.agreementId &&
        c.signUpDay === d &&
        c.outcome !== "expire" &&
        !(c.outcome === "approve" && c.phone === UNDER_18),
    )
    .map((c) => c.agreementId!);
  const pending = await db.agreement.count({ where: { id: { in: ids }, status: "PENDING" } });
  return pending ? [`${pending} sign-ups decided today still PENDING in Abo`] : [];
}
