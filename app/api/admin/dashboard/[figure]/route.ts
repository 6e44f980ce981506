import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestServerContext } from "@/lib/auth/server-context";
import { isDrilldownFigure } from "@/lib/domain/metrics/figures";
import { drilldownCsv } from "@/lib/server/admin/dashboard/drilldown-csv";

/** The rows behind one dashboard figure as CSV, for the range and currency in the query (admins only). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ figure: string }> }) {
  const user = await getCurrentUser();
  if (user?.role !== "ADMIN") return new NextResponse("Not found", { status: 404 });
  const { figure } = await params;
  if (!isDrilldownFigure(figure)) return new NextResponse("Not found", { status: 404 });
  const query = request.nextUrl.searchParams;
  const { filename, body } = await drilldownCsv(await requestServerContext(), {
    figure,
    range: query.get("range") ?? undefined,
    from: query.get("from") ?? undefined,
    to: query.get("to") ?? undefined,
    currency: query.get("currency") ?? undefined,
    reason: query.get("reason") ?? undefined,
  });
  return new NextResponse(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
