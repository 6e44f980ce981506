import "server-only";
import type { Charge } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { applyVippsAgreement } from "@/lib/server/agreements/apply-vipps-agreement";
import { settleUnknownAgreement } from "@/lib/server/agreements/settle-unknown-agreement";
import { applyVippsCharge } from "@/lib/server/charges/apply-vipps-charge";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { VippsProblemError } from "@/lib/vipps/errors";
import type { TCharge } from "@/lib/vipps/schemas";
import { systemContext } from "@/lib/server/context/build-context";

export type TReconcileOne = { agreementRepaired: boolean; chargesRepaired: number; imported: number };

/**
 * Reads one agreement and its charges from Vipps and applies them. Only real drift is applied
 * as "reconcile" (audited as a SYSTEM repair): a status or an amount Abo should already have
 * known. A charge that merely became due (Vipps sends no webhook for that) is applied as a poll.
 */
export const reconcileAgreement = async (agreementId: string): Promise<TReconcileOne> => {
  const agreement = await db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
  if (!agreement.vippsAgreementId) return { agreementRepaired: false, chargesRepaired: 0, imported: 0 };
  const client = await getVippsClient(agreement.salesUnitId);
  let remote;
  try {
    remote = await client.getAgreement(agreement.vippsAgreementId);
  } catch (error) {
    // A ghost: Vipps no longer knows it. A pending one is settled with the reason; anything else is
    // left to the caller (logged, and to the back of the rotation).
    if (error instanceof VippsProblemError && error.status === 404 && agreement.status === "PENDING")
      return {
        agreementRepaired: await settleUnknownAgreement(
          await systemContext({ merchantId: agreement.merchantId }),
          agreement,
          error,
        ),
        chargesRepaired: 0,
        imported: 0,
      };
    throw error;
  }
  const { changed: agreementRepaired } = await applyVippsAgreement(
    await systemContext({ merchantId: agreement.merchantId }),
    agreement,
    remote,
    "reconcile",
  );

  const charges = await client.listCharges(agreement.vippsAgreementId);
  const local = await db.charge.findMany({
    where: { agreementId, orderId: { in: charges.map((c) => c.id) } },
  });
  const byOrderId = new Map(local.map((c) => [c.orderId, c]));
  let chargesRepaired = 0;
  let unknown = 0;
  for (const charge of charges) {
    const mine = byOrderId.get(charge.id);
    if (!mine) unknown++;
    else if (
      (
        await applyVippsCharge(
          await systemContext(),
          mine,
          charge,
          isDrift(mine, charge) ? "reconcile" : "poll",
        )
      ).changed &&
      isDrift(mine, charge)
    )
      chargesRepaired++;
  }
  // Charges made outside Abo are taken in as they are (one more list call, only when there are any).
  const imported = unknown
    ? (await syncAgreementCharges(await systemContext(), agreementId, "reconcile")).imported
    : 0;
  return { agreementRepaired, chargesRepaired, imported };
};

const QUIET: readonly string[] = ["PENDING", "DUE", "PROCESSING", "UNKNOWN"];

function isDrift(mine: Charge, remote: TCharge): boolean {
  const summary = remote.summary;
  const moneyMoved =
    !!summary &&
    (summary.captured !== mine.capturedAmount ||
      summary.refunded !== mine.refundedAmount ||
      summary.cancelled !== mine.cancelledAmount);
  return moneyMoved || (remote.status !== mine.status && !QUIET.includes(remote.status));
}
