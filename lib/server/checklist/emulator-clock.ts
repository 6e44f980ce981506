import "server-only";
import { machineMs } from "@/lib/clock";
import { logger } from "@/lib/logger";

// The test-environment verification must see a RECURRING charge processed, which Vipps does only in
// its batch on the due date (at least tomorrow). Against the real test environment the run waits
// for that batch. Against Abo's local emulator (a sales unit whose baseUrl is localhost and answers
// the emulator's control API), and only there, the run moves the emulator's clock to the batch and
// back again afterwards, so the emulator keeps agreeing with Abo's own clock.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export type TEmulatorClock = {
  now: () => Promise<Date>;
  moveTo: (at: Date) => Promise<void>;
  restore: () => Promise<void>;
};

export const localEmulatorClock = async (baseUrl: string): Promise<TEmulatorClock | null> => {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return null;
  }
  if (!LOCAL_HOSTS.has(url.hostname)) return null;
  const read = async () => {
    const response = await fetch(new URL("/_emulator/clock", url), { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`emulator clock: ${response.status}`);
    return new Date(((await response.json()) as { now: string }).now);
  };
  let start: { emulator: Date; wall: number };
  try {
    start = { emulator: await read(), wall: machineMs() };
  } catch {
    return null; // localhost, but not the emulator
  }
  const post = async (path: string, body: unknown) => {
    const response = await fetch(new URL(path, url), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`emulator ${path}: ${response.status} ${await response.text()}`);
  };
  let moved = false;
  return {
    now: read,
    moveTo: async (at) => {
      const now = await read();
      if (at <= now) return;
      logger.info(
        { from: now.toISOString(), to: at.toISOString() },
        "checklist: moving the local emulator's clock to the charge batch",
      );
      await post("/_emulator/clock/advance", { seconds: Math.ceil((at.getTime() - now.getTime()) / 1000) });
      moved = true;
    },
    restore: async () => {
      if (!moved) return;
      const back = new Date(start.emulator.getTime() + (machineMs() - start.wall));
      await post("/_emulator/clock", { now: back.toISOString() });
      moved = false;
    },
  };
};
