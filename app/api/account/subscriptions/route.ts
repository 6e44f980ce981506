import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listSubscriptions } from "@/lib/server/customer-portal/list-subscriptions";
import type { GetSubscriptionsResponse } from "@/lib/schemas/customer-portal";
import { getLocale } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user || user.role !== "CUSTOMER" || !user.customerId)
    return NextResponse.json({ error: "Please sign in." }, { status: 401 });
  const body: GetSubscriptionsResponse = {
    subscriptions: await listSubscriptions({ customerId: user.customerId, locale: await getLocale() }),
  };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
