// What the soak's parts share: the seeded randomness, the emulator, the shop and its customers,
// the counters for the report, and what the invariants need to remember from day to day.
import type { EmulatorControl } from "../shared/emulator-control";
import type { TRng } from "./rng";
import type { TCustomer, TWorld } from "./world";

export type TPauseWindow = { agreementId: string; from: string; until: string };

export type TSoakContext = {
  rng: TRng;
  emulator: EmulatorControl;
  world: TWorld;
  customers: TCustomer[];
  /** YYYY-MM-DD of Abo's (and the emulator's) clock for the day being simulated. */
  today: string;
  pauses: TPauseWindow[];
  /** Operations seen PENDING at the end of a day, with that day: none may stay PENDING a day later. */
  pendingOperations: Map<string, string>;
  /**
   * Charges and agreements Abo had not caught up with at the end of the previous day (an answer
   * lost to a timeout, a dropped webhook: Abo looks again on its own cadence). Each may lag for one
   * day's end; the same one lagging two days in a row is a broken invariant.
   */
  lagging: Set<string>;
  /** Entry-point calls that failed with anything but an expected AppError (a 5xx to a user). */
  unexpected: string[];
  counts: Record<string, number>;
  /** What was done to each agreement, by day: printed with a broken invariant. */
  history: Map<string, string[]>;
};

export const remember = (ctx: TSoakContext, agreementId: string, what: string) =>
  void ctx.history.set(agreementId, [...(ctx.history.get(agreementId) ?? []), `${ctx.today} ${what}`]);

export const count = (ctx: TSoakContext, key: string, by = 1) =>
  void (ctx.counts[key] = (ctx.counts[key] ?? 0) + by);
