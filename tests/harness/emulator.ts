// Runs the Vipps MobilePay emulator as its own process, exactly as `npm run emulator` does.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EmulatorControl } from "../shared/emulator-control";

export type RunningEmulator = {
  url: string;
  control: EmulatorControl;
  process: ChildProcess;
  stop: () => Promise<void>;
};

export async function startEmulator(
  options: { env?: Record<string, string>; dataDir?: string } = {},
): Promise<RunningEmulator> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "abo-test-emulator-"));
  const child = spawn(process.execPath, ["--import", "tsx", "emulator/main.ts"], {
    env: {
      ...process.env,
      EMULATOR_PORT: "0",
      EMULATOR_DATA_DIR: dataDir,
      EMULATOR_CLOCK: "manual",
      EMULATOR_WEBHOOK_RETRY_SCALE: "0.01",
      // Test state is thrown away; benchmarks pass EMULATOR_FSYNC=on to measure durable writes.
      EMULATOR_FSYNC: "off",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`emulator did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /emulator listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`emulator exited with ${code}:\n${output}`)));
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    url,
    control: new EmulatorControl(url),
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
