import { checkReadiness } from "@/lib/server/system/check-readiness";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Readiness for load balancers: 200 when the database, migrations and a worker are fine, else 503. */
export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? "ready" : "not ready", checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
