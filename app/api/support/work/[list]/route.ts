import { AppError } from "@/lib/errors";
import { ZWorkListName } from "@/lib/schemas/support";
import { errorResponse } from "@/lib/server/error-response";
import { authorizeStaffRequest } from "@/lib/auth/authorize-staff-request";
import { listWorkList } from "@/lib/server/support/list-work-list";
import { recordsToCsv } from "@/lib/domain/csv";

const EXPORT_ROWS = 10_000;

/** A work list as CSV (staff only). */
export async function GET(_: Request, { params }: { params: Promise<{ list: string }> }) {
  const auth = await authorizeStaffRequest();
  if ("response" in auth) return auth.response;
  const name = ZWorkListName.safeParse((await params).list);
  if (!name.success) return errorResponse(new AppError("NOT_FOUND", "notFound"));
  // The CSV is read by machines and spreadsheets: English headers and words whatever the page speaks.
  const list = await listWorkList({ ...auth.ctx, locale: "en" }, name.data, EXPORT_ROWS);
  return new Response(
    recordsToCsv(
      list.columns,
      list.rows.map((r) => r.cells),
    ),
    {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name.data}-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "no-store",
      },
    },
  );
}
