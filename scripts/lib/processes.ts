// Child processes of the stack: spawned with their output in a log file (or the terminal), waited
// for until they say they are ready, and stopped in order.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Child = { name: string; process: ChildProcess; logFile?: string; stop: () => Promise<void> };

const NEXT = path.resolve("node_modules/next/dist/bin/next");

// TypeScript children run as `node --import tsx`, not through the tsx launcher: the launcher kills
// its child if it does not acknowledge a signal within 30 ms, which cuts graceful shutdowns short.
export const commands = {
  tsx: (...args: string[]) => [process.execPath, "--import", "tsx", ...args],
  tsxServer: (...args: string[]) => [
    process.execPath,
    "--conditions=react-server",
    "--import",
    "tsx",
    ...args,
  ],
  next: (...args: string[]) => [process.execPath, NEXT, ...args],
};

export function startChild(options: {
  name: string;
  command: string[];
  env: NodeJS.ProcessEnv;
  logDir?: string;
  onExit?: (code: number | null, child: Child) => void;
}): Child {
  const [bin, ...args] = options.command;
  const child = spawn(bin!, args, { env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  let logFile: string | undefined;
  if (options.logDir) {
    mkdirSync(options.logDir, { recursive: true });
    logFile = path.join(options.logDir, `${options.name}.log`);
    const stream = createWriteStream(logFile, { flags: "a" });
    child.stdout!.pipe(stream);
    child.stderr!.pipe(stream);
  } else {
    child.stdout!.pipe(process.stdout);
    child.stderr!.pipe(process.stderr);
  }
  let stopping = false;
  const handle: Child = {
    name: options.name,
    process: child,
    logFile,
    stop: async () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  child.on("exit", (code) => {
    if (!stopping) options.onExit?.(code, handle);
  });
  return handle;
}

/** Resolves with the first match of `pattern` in the child's output. */
export function waitForOutput(child: Child, pattern: RegExp, timeoutMs = 120_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(
      () => reject(new Error(`${child.name} did not get ready in ${timeoutMs / 1000}s:\n${tail(seen)}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        child.process.stdout!.off("data", onData);
        resolve(match);
      }
    };
    child.process.stdout!.on("data", onData);
    child.process.stderr!.on("data", (chunk: Buffer) => (seen += chunk.toString()));
    child.process.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${child.name} exited with code ${code}:\n${tail(seen || readLog(child))}`));
    });
  });
}

export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

export function readLog(child: Child): string {
  try {
    return child.logFile ? readFileSync(child.logFile, "utf8") : "";
  } catch {
    return "";
  }
}

export function tail(text: string, lines = 30): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
