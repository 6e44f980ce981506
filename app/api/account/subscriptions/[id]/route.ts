import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestServerContext } from "@/lib/auth/server-context";
import { getSubscription } from "@/lib/server/customer-portal/get-subscription";
import { syncSubscription } from "@/lib/server/customer-portal/sync-subscription";
import type { GetSubscriptionResponse } from "@/lib/schemas/customer-portal";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/server/error-response";
import { isIdParam, notAnIdResponse } from "@/lib/server/id-param";

export const dynamic = "force-dynamic";

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const [user, { id }] = await Promise.all([getCurrentUser(), params]);
  if (!user || user.role !== "CUSTOMER" || !user.customerId)
    return errorResponse(new AppError("UNAUTHORIZED", "pleaseSignIn"));
  if (!isIdParam(id)) return notAnIdResponse();
  const ctx = await requestServerContext();
  await syncSubscription(ctx, { agreementId: id });
  const subscription = await getSubscription(ctx, { agreementId: id });
  // Someone else's id is answered exactly like an unknown one.
  if (!subscription) return errorResponse(new AppError("NOT_FOUND", "notFound"));
  return NextResponse.json(subscription satisfies GetSubscriptionResponse, {
    headers: { "Cache-Control": "private, no-store" },
  });
}
