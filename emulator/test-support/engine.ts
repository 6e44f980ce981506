import { Clock } from "../engine/clock";
import { DEFAULT_CHARGE_PAGE_SIZE, Engine } from "../engine/engine";
import { Scheduler } from "../engine/scheduler";
import { Store } from "../engine/store";
import type { DraftInput } from "../domain/validation/draft-agreement";
import type { EventPayload } from "../webhooks/events";

/** An engine with no HTTP and no disk, on a manual clock: for pure tests of the rules over time. */
export function makeEngine(now: number): { engine: Engine; events: EventPayload[] } {
  const store = new Store(null, { tokenKey: "k", clock: null, settings: { leadDays: 1 } });
  const clock = new Clock({ mode: "manual", offsetMs: 0, manualNow: now });
  const engine = new Engine(store, clock, new Scheduler(), {
    asyncDelayMs: 60_000,
    chargePageSize: DEFAULT_CHARGE_PAGE_SIZE,
  });
  engine.seedDefaults();
  const events: EventPayload[] = [];
  engine.onEvent = (e) => events.push(e);
  return { engine, events };
}

/** Advances a manual engine clock, running everything due in between. */
export function advance(engine: Engine, ms: number): void {
  const target = engine.now() + ms;
  engine.runDue(target);
  engine.clock.set({ now: target });
}

export function draftInput(overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    pricing: { type: "LEGACY", currency: "NOK", amount: 10_000 },
    interval: { unit: "MONTH", count: 1 },
    productName: "Avis",
    merchantRedirectUrl: "https://example.com/r",
    merchantAgreementUrl: "https://example.com/a",
    phoneNumber: null,
    campaign: null,
    scope: null,
    isApp: false,
    skipLandingPage: false,
    countryCode: "NO",
    ...overrides,
  };
}
