import "server-only";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { auditActor, type TActor } from "@/lib/server/actor";
import { agreementSnapshot } from "@/lib/domain/agreement-snapshot";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { buildContext } from "@/lib/server/context/build-context";

/** Reads an agreement and all its charges from Vipps on a staff member's request, noted in the audit log. */
export const refreshAgreementForStaff = async (input: { agreementId: string; actor: TActor }) => {
  const before = await db.agreement.findUnique({ where: { id: input.agreementId } });
  if (!before) throw notFoundError("Agreement");
  const result = await refreshAgreement(
    await buildContext({ actor: input.actor, merchantId: before.merchantId }),
    before.id,
    "refresh",
  );
  // refreshAgreement reads the charges only when the status moved; staff asked for everything.
  const charges = result.changed
    ? { changed: 0, imported: 0 }
    : await syncAgreementCharges(before.id, "refresh");
  const after = await db.agreement.findUniqueOrThrow({ where: { id: before.id } });
  await recordAudit({
    actor: auditActor(input.actor),
    action: "agreement.refresh",
    target: { type: "agreement", id: before.id },
    customerId: before.customerId,
    agreementId: before.id,
    before: agreementSnapshot(before),
    after: {
      ...agreementSnapshot(after),
      chargesChanged: charges.changed,
      chargesImported: charges.imported,
    },
  });
  return {
    changed: result.changed,
    status: after.status,
    chargesChanged: charges.changed,
    chargesImported: charges.imported,
  };
};
