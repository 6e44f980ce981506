// The faults the soak keeps on at the emulator, and how many it injected (read from its request log
// and delivery list, since the emulator keeps no fault counter).
import type { EmulatorControl, TFaults } from "../shared/emulator-control";

export const soakFaults = (seed: number): TFaults => ({
  rate5xx: 0.03,
  rate429: 0.02,
  retryAfterSeconds: 1,
  rateTimeout: 0.005,
  timeoutMs: 1_500,
  applyBeforeFailure: 0.5,
  webhookDropRate: 0.1,
  webhookDuplicateRate: 0.1,
  webhookReorder: true,
  seed,
});

export type TFaultTally = { "5xx": number; "429": number; timeouts: number; lastId: number };

/** Adds the faulted requests logged since the last tally (the log keeps the newest requests). */
export async function tallyFaults(emulator: EmulatorControl, tally: TFaultTally): Promise<void> {
  const requests = await emulator.requests({ limit: 10_000 });
  let newest = tally.lastId;
  for (const r of requests) {
    const id = Number(r.id);
    if (id <= tally.lastId) continue;
    newest = Math.max(newest, id);
    if (r.status === 0) tally.timeouts++;
    else if (r.status === 429) tally["429"]++;
    else if (r.status >= 500) tally["5xx"]++;
  }
  tally.lastId = newest;
}

export async function webhookFaults(emulator: EmulatorControl) {
  const deliveries = await emulator.webhookDeliveries({ limit: 10_000 });
  return {
    dropped: deliveries.filter((d) => d.status === "dropped").length,
    duplicated: deliveries.reduce((sum, d) => sum + Number(d.duplicates ?? 0), 0),
  };
}
