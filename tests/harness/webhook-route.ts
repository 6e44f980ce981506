import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { POST } from "@/app/api/webhooks/vipps/route";

/**
 * Abo's webhook route handler behind a real HTTP server on a free port, so the emulator delivers
 * signed webhooks over TCP to the same code Next.js runs (raw body, headers as sent).
 */
export async function serveWebhookRoute(): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    const response = await POST(
      new Request(`http://${req.headers.host}${req.url}`, {
        method: "POST",
        headers,
        body: Buffer.concat(chunks),
      }),
    );
    res.writeHead(response.status, { "Content-Type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/vipps` };
}
