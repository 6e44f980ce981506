export const dynamic = "force-dynamic";

/** Liveness: the process runs and answers. Touches nothing else (see /api/ready for dependencies). */
export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
