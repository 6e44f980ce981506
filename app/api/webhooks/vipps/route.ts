import { handleWebhookDelivery } from "@/lib/server/webhooks/handle-webhook-delivery";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Vipps MobilePay webhooks (FACTS §9), as Next.js serves them (`next dev`). In production the web
 * role answers this path itself, in front of Next (scripts/web.ts), with the same function. The raw
 * body is what the signature covers, so it is read as text before anything parses it.
 */
export async function POST(request: Request): Promise<Response> {
  const answer = await handleWebhookDelivery(await request.text(), (name) => request.headers.get(name));
  return Response.json(answer.body, { status: answer.status });
}
