import { NextResponse } from "next/server";
import { authorizeStaffRequest } from "@/lib/auth/authorize-staff-request";
import type { GetChargeStateResponse } from "@/lib/schemas/support-views";
import { getChargeState } from "@/lib/server/support/get-charge-state";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/server/error-response";
import { isIdParam, notAnIdResponse } from "@/lib/server/id-param";

export const dynamic = "force-dynamic";

/** A charge's live state (staff only): what the webhook and polling jobs have applied so far. */
export async function GET(_: Request, { params }: { params: Promise<{ chargeId: string }> }) {
  const auth = await authorizeStaffRequest();
  if ("response" in auth) return auth.response;
  const { chargeId } = await params;
  if (!isIdParam(chargeId)) return notAnIdResponse();
  const state = await getChargeState(auth.ctx, chargeId);
  if (!state) return errorResponse(new AppError("NOT_FOUND", "notFound"));
  return NextResponse.json(state satisfies GetChargeStateResponse, {
    headers: { "Cache-Control": "private, no-store" },
  });
}
