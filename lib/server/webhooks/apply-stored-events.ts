import "server-only";
import { db } from "@/lib/db";
import { systemContext } from "@/lib/server/context/build-context";
import type { TServerContext } from "@/lib/server/context/server-context";
import { applyWebhookEvents } from "./apply-webhook-events";
import type { TOutcome, TStoredEvent } from "./event-outcome";

/**
 * Applies stored events each for the merchant it is about: an event names an agreement or a charge,
 * and it is applied in a system context of that row's merchant (one per merchant of the batch, with
 * Abo's clock read for it). An event naming nothing Abo has goes with `ctx`'s merchant, where it is
 * found to name nothing. Events are not a merchant's rows (Vipps sends them to a sales unit), so
 * this is the one place that reads the agreements and charges they name across merchants, only to
 * learn whose they are.
 */
export const applyStoredEvents = async (ctx: TServerContext, events: TStoredEvent[]): Promise<TOutcome[]> => {
  const vippsIds = [...new Set(events.map((e) => e.agreementId).filter((id): id is string => !!id))];
  const orderIds = [...new Set(events.map((e) => e.chargeId).filter((id): id is string => !!id))];
  const [agreements, charges] = await Promise.all([
    vippsIds.length
      ? db.agreement.findMany({
          where: { vippsAgreementId: { in: vippsIds } },
          select: { vippsAgreementId: true, merchantId: true },
        })
      : [],
    orderIds.length
      ? db.charge.findMany({
          where: { orderId: { in: orderIds } },
          select: { orderId: true, agreement: { select: { merchantId: true } } },
        })
      : [],
  ]);
  const merchantOfAgreement = new Map(agreements.map((a) => [a.vippsAgreementId!, a.merchantId]));
  const merchantOfCharge = new Map(charges.map((c) => [c.orderId, c.agreement.merchantId]));
  const byMerchant = new Map<string, TStoredEvent[]>();
  for (const e of events) {
    const merchantId =
      (e.agreementId && merchantOfAgreement.get(e.agreementId)) ||
      (e.chargeId && merchantOfCharge.get(e.chargeId)) ||
      ctx.merchantId;
    byMerchant.set(merchantId, [...(byMerchant.get(merchantId) ?? []), e]);
  }
  const outcomes: TOutcome[] = [];
  for (const [merchantId, ofMerchant] of byMerchant)
    outcomes.push(
      ...(await applyWebhookEvents(await systemContext({ merchantId, locale: ctx.locale }), ofMerchant)),
    );
  return outcomes;
};
