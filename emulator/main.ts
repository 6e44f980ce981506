import { optionsFromEnv } from "./config";
import { startEmulator } from "./server";

// CLI entry (`npm run emulator`). The harness waits for the one "listening" line on stdout.
async function main(): Promise<void> {
  const options = optionsFromEnv(process.argv.slice(2), process.env);
  const emulator = await startEmulator(options);
  console.log(`emulator listening on http://localhost:${emulator.port}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    emulator
      .close()
      .then(() => process.exit(0))
      .catch((e: unknown) => {
        console.error(`emulator: failed to flush storage on ${signal}`, e);
        process.exit(1);
      });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((e: unknown) => {
  console.error("emulator: failed to start:", e instanceof Error ? e.message : e);
  process.exit(1);
});
