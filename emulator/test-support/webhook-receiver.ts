import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
  at: number;
};

export type WebhookReceiver = {
  url: string;
  received: ReceivedWebhook[];
  /** Decides the status for the n-th request (0-based); default 200. */
  respond: (n: number, req: ReceivedWebhook) => number | "hang";
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
};

/** A local HTTP endpoint that records the webhooks the emulator delivers. */
export async function startReceiver(path = "/webhooks/vipps"): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = {
    url: "",
    received: [],
    respond: () => 200,
    waitFor: async (count, timeoutMs = 5000) => {
      const end = Date.now() + timeoutMs;
      while (receiver.received.length < count) {
        if (Date.now() > end) throw new Error(`expected ${count} webhooks, got ${receiver.received.length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return receiver.received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        json = {};
      }
      const entry = { path: req.url ?? "", headers: req.headers, body, json, at: Date.now() };
      const status = receiver.respond(n++, entry);
      if (status === "hang") return;
      if (status >= 200 && status < 300) receiver.received.push(entry);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, () => resolve()));
  receiver.url = `http://localhost:${(server.address() as AddressInfo).port}${path}`;
  return receiver;
}
