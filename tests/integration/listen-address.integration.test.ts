// The app and the emulator listen on this machine only unless told otherwise: the emulator's control
// API has no login and returns merchants' client and webhook secrets, and a demo app hands out
// sign-in links. Each is started the way `npm start` starts it, then reached from the machine's
// other addresses (refused) and from 127.0.0.1 (answered); the kernel's list of listening sockets
// must show loopback addresses only.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { describe, expect, it } from "vitest";
import { appCommand } from "../../scripts/lib/stack";
import { startEmulator } from "../harness/emulator";
import { freePort } from "../harness/free-port";

/** The machine's own addresses that are not loopback (where another computer would connect). */
const outward = Object.values(networkInterfaces())
  .flat()
  .filter((address) => address && !address.internal && !address.address.startsWith("fe80:"))
  .map((address) => address!.address);

const reach = (host: string, port: number) =>
  new Promise<"open" | string>((resolve) => {
    const socket = connect({ host, port, timeout: 3_000 });
    socket.once("connect", () => (socket.destroy(), resolve("open")));
    socket.once("timeout", () => (socket.destroy(), resolve("timeout")));
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
  });

/** Local addresses of the sockets listening on this port (Linux: /proc/net/tcp and tcp6), in hex. */
function listeningOn(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"]
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, "utf8").split("\n").slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === "0A" && fields[1]?.endsWith(`:${hexPort}`))
    .map((fields) => fields[1]!.split(":")[0]!);
}
const LOOPBACK_HEX = /^(..0000)?7F$|^0100007F$|^0{24}01000000$|^0{16}FFFF00000100007F$/;

async function expectThisMachineOnly(port: number) {
  expect(await reach("127.0.0.1", port)).toBe("open");
  for (const address of outward)
    expect(`${address}: ${await reach(address, port)}`).toBe(`${address}: ECONNREFUSED`);
  const sockets = listeningOn(port);
  expect(sockets.length + outward.length).toBeGreaterThan(0); // something above really checked
  for (const socket of sockets) expect(socket).toMatch(LOOPBACK_HEX);
}

describe("listening address", () => {
  it("the emulator (npm run emulator, npm start) listens on 127.0.0.1 only", async () => {
    const emulator = await startEmulator();
    try {
      await expectThisMachineOnly(Number(new URL(emulator.url).port));
    } finally {
      await emulator.stop();
    }
  });

  it("the app as npm start runs it (next -H, HOST unset) listens on 127.0.0.1 only", async () => {
    const port = await freePort();
    const [bin, ...args] = appCommand("dev", port); // the same -p/-H as `next start`; needs no build
    const app = spawn(bin!, args, {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let output = "";
        app.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (/Ready in/.test(output)) resolve();
        });
        app.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        app.once("exit", (code) => reject(new Error(`next exited with ${code}:\n${output}`)));
      });
      await expectThisMachineOnly(port);
    } finally {
      const exited = new Promise((resolve) => app.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
    }
  });
});
