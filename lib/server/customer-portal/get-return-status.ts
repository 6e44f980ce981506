import "server-only";
import { machineMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { enqueue } from "@/lib/queue/client";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { refreshCharge } from "@/lib/server/charges/refresh-charge";
import type { TServerContext } from "@/lib/server/context/server-context";
import { failureReasonOf } from "@/lib/domain/failure-reason";
import type { TReturnStatus } from "@/lib/schemas/customer-portal";
import { agreementProductName } from "./summarize-agreement";

// The return page polls every few seconds; Vipps is asked at most this often per agreement
// (FetchAgreement allows 120 a minute), the rest is answered from the database.
const MIN_SYNC_GAP_MS = 2_000;

const SELECT = {
  id: true,
  status: true,
  stopCause: true,
  productName: true,
  market: true,
  scope: true,
  vippsSub: true,
  vippsAgreementId: true,
  lastSyncedAt: true,
  product: { select: { slug: true, texts: { select: { locale: true, name: true, description: true } } } },
  customer: { select: { vippsSub: true } },
} as const;

/**
 * What the return page (merchantRedirectUrl) shows. The unguessable token is the only key: no
 * cookie is needed, and it reveals nothing but the outcome. The redirect itself proves nothing,
 * so a PENDING agreement is re-read from Vipps (webhooks and the poll job update it too). The
 * product is named in the reader's language (the context's locale); another merchant's token is unknown.
 */
export const getReturnStatus = async (
  ctx: TServerContext,
  { token }: { token: string },
): Promise<TReturnStatus | null> => {
  let agreement = await db.agreement.findFirst({
    where: { returnToken: token, merchantId: ctx.merchantId },
    select: SELECT,
  });
  if (!agreement) return null;
  const stale = !agreement.lastSyncedAt || machineMs() - agreement.lastSyncedAt.getTime() > MIN_SYNC_GAP_MS;
  if (agreement.status === "PENDING" && agreement.vippsAgreementId && stale) {
    try {
      await refreshAgreement(ctx, agreement.id, "poll");
    } catch (error) {
      // Vipps unreachable or rate-limited: show what we know; the next poll tries again.
      logger.warn({ err: error, agreementId: agreement.id }, "return page could not refresh the agreement");
    }
    agreement = await db.agreement.findUniqueOrThrow({ where: { id: agreement.id }, select: SELECT });
  }
  if (
    agreement.status === "ACTIVE" &&
    agreement.scope &&
    agreement.vippsSub &&
    !agreement.customer?.vippsSub
  ) {
    // Agreements with scope: name, email and phone come from Vipps Userinfo (once; the job is idempotent).
    await enqueue(
      "customer.userinfo",
      { agreementId: agreement.id },
      { singletonKey: `userinfo-${agreement.id}` },
    ).catch((error: unknown) =>
      logger.warn({ err: error, agreementId: agreement!.id }, "could not queue the userinfo fetch"),
    );
  }
  return {
    status: agreement.status,
    firstPaymentFailed: agreement.status === "EXPIRED" ? await firstPaymentFailure(ctx, agreement.id) : null,
    stopCause: agreement.stopCause,
    productName: agreementProductName(agreement, ctx.locale),
    productSlug: agreement.product?.slug ?? null,
    market: agreement.market,
    manageUrl: `/account/subscriptions/${agreement.id}`,
  };
};

/**
 * An agreement whose initial payment fails ends EXPIRED, like one nobody answered (FACTS §5.2): the
 * initial charge tells them apart. It is read from Vipps once when Abo has not seen it fail yet.
 */
async function firstPaymentFailure(
  ctx: TServerContext,
  agreementId: string,
): Promise<TReturnStatus["firstPaymentFailed"]> {
  let initial = await db.charge.findFirst({
    where: { agreementId, type: "INITIAL" },
    select: { id: true, status: true, failureReason: true },
  });
  if (!initial) return null;
  if (initial.status !== "FAILED") {
    try {
      await refreshCharge(ctx, initial.id, "poll");
    } catch (error) {
      logger.warn({ err: error, agreementId }, "return page could not read the initial charge");
    }
    initial = await db.charge.findUniqueOrThrow({
      where: { id: initial.id },
      select: { id: true, status: true, failureReason: true },
    });
  }
  if (initial.status !== "FAILED") return null;
  return { reason: failureReasonOf(initial.failureReason) ?? "other" };
}
