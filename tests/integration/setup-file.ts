import { afterAll, beforeAll } from "vitest";
import { stopProducer } from "@/lib/queue/client";
import { truncateAll } from "../harness/database";
import { EmulatorControl } from "../shared/emulator-control";

// Every test file starts from empty tables and a freshly reset emulator (default merchants/users).
beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (url) await truncateAll(url);
  if (process.env.EMULATOR_URL) await new EmulatorControl(process.env.EMULATOR_URL).reset();
});

// The job producer holds database connections; close them so the file's process can end.
afterAll(() => stopProducer());
