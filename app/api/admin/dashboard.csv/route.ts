import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestServerContext } from "@/lib/auth/server-context";
import { dashboardCsv } from "@/lib/server/admin/dashboard/dashboard-csv";

/** The dashboard's figures per bucket as CSV, for the range in the query string (admins only). */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (user?.role !== "ADMIN") return new NextResponse("Not found", { status: 404 });
  const query = request.nextUrl.searchParams;
  const { filename, body } = await dashboardCsv(await requestServerContext(), {
    range: query.get("range") ?? undefined,
    from: query.get("from") ?? undefined,
    to: query.get("to") ?? undefined,
  });
  return new NextResponse(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
