import { authorizeStaffRequest } from "@/lib/auth/authorize-staff-request";
import { exportChecklist } from "@/lib/server/checklist/export-checklist";
import { orNotFoundResponse } from "@/lib/server/or-not-found-response";
import { isIdParam, notAnIdResponse } from "@/lib/server/id-param";

/** The filled go-live checklist of a sales unit, ?format=md (default) or pdf (staff only). */
export async function GET(request: Request, { params }: { params: Promise<{ salesUnitId: string }> }) {
  const auth = await authorizeStaffRequest();
  if ("response" in auth) return auth.response;
  const { salesUnitId } = await params;
  if (!isIdParam(salesUnitId)) return notAnIdResponse();
  const format = new URL(request.url).searchParams.get("format") === "pdf" ? "pdf" : "md";
  return orNotFoundResponse(async () => {
    const file = await exportChecklist(auth.ctx, { salesUnitId, format });
    return new Response(new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
