import type { App } from "../app";
import { parseDateTime, deltaMs } from "../domain/time";
import type { Reply } from "../http/reply";
import { ControlError, ok, optionalNumber, type ControlRequest } from "./control-util";

const clockView = (app: App) => ({
  now: new Date(app.engine.now()).toISOString(),
  mode: app.engine.clock.mode,
});

function persistClock(app: App): void {
  app.engine.store.meta.clock = app.engine.clock.snapshot();
  app.engine.store.saveMeta();
}

export const getClock = (app: App): Reply => ok(clockView(app));

/** Moving forward runs everything due in between; moving back undoes nothing. */
export async function setClock(app: App, req: ControlRequest): Promise<Reply> {
  const { mode, now } = req.body;
  if (mode !== undefined && mode !== "manual" && mode !== "realtime")
    throw new ControlError("mode must be manual or realtime");
  let target: number | undefined;
  if (typeof now === "number") target = now;
  else if (typeof now === "string") {
    const parsed = parseDateTime(now);
    if (parsed === null) throw new ControlError("now must be an ISO 8601 date-time or epoch milliseconds");
    target = parsed;
  } else if (now !== undefined)
    throw new ControlError("now must be an ISO 8601 date-time or epoch milliseconds");
  const { engine } = app;
  if (target !== undefined && target > engine.now()) engine.runDue(target);
  engine.clock.set({ mode, now: target });
  persistClock(app);
  await engine.store.sync();
  return ok(clockView(app));
}

export async function advanceClock(app: App, req: ControlRequest): Promise<Reply> {
  const parts = {
    days: optionalNumber(req.body, "days", { min: 0 }),
    hours: optionalNumber(req.body, "hours", { min: 0 }),
    minutes: optionalNumber(req.body, "minutes", { min: 0 }),
    seconds: optionalNumber(req.body, "seconds", { min: 0 }),
  };
  const { engine } = app;
  const target = engine.now() + deltaMs(parts);
  const ran = engine.runDue(target);
  engine.clock.set({ now: target });
  persistClock(app);
  await engine.store.sync();
  return ok({ ...clockView(app), ran });
}

export async function runBatches(app: App): Promise<Reply> {
  const ran = app.engine.runDue(app.engine.now());
  await app.engine.store.sync();
  return ok({ ...clockView(app), ran });
}
