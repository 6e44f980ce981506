import { getCurrentUser } from "@/lib/auth/current-user";
import { requestServerContext } from "@/lib/auth/server-context";
import { isIdParam, notAnIdResponse } from "@/lib/server/id-param";
import { renderReceiptPdf } from "@/lib/server/receipts/render-receipt-pdf";

export const dynamic = "force-dynamic";

/** The receipt page as a PDF, for the signed-in customer's own charge (404 for anyone else's). */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const [user, { id }] = await Promise.all([getCurrentUser(), params]);
  if (!isIdParam(id)) return notAnIdResponse();
  const notFound = new Response("Not found", { status: 404 });
  if (!user || user.role !== "CUSTOMER" || !user.customerId) return notFound;
  // The context's actor is this customer, so only their own charges are found; in their language.
  const pdf = await renderReceiptPdf(await requestServerContext(), { chargeId: id });
  if (!pdf) return notFound;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="receipt-${id}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
