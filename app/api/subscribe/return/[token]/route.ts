import { NextResponse } from "next/server";
import { requestServerContext } from "@/lib/auth/server-context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/server/error-response";
import { getReturnStatus } from "@/lib/server/customer-portal/get-return-status";
import type { GetReturnStatusResponse } from "@/lib/schemas/customer-portal";

export const dynamic = "force-dynamic";

// Public: the unguessable token is the key, and it shows only the outcome of one sign-up.
export async function GET(_: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = /^[A-Za-z0-9_-]{16,64}$/.test(token)
    ? await getReturnStatus(await requestServerContext(), { token })
    : null;
  if (!status) return errorResponse(new AppError("NOT_FOUND", "notFound"), { "Cache-Control": "no-store" });
  return NextResponse.json(status satisfies GetReturnStatusResponse, {
    headers: { "Cache-Control": "no-store" },
  });
}
