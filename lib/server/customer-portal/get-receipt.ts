import "server-only";
import { db } from "@/lib/db";
import { getShop } from "@/lib/server/merchant/get-shop";
import { CHARGE_DTO_SELECT, toChargeDto } from "./get-subscription";
import type { TReceipt } from "./types";

type THistoryEntry = { occurred?: string; event?: string; success?: boolean };

/** The receipt for one of the signed-in customer's charges; null if not theirs or nothing was paid. */
export const getReceipt = async ({
  customerId,
  chargeId,
}: {
  customerId: string;
  chargeId: string;
}): Promise<TReceipt | null> => {
  const charge = await db.charge.findFirst({
    where: { id: chargeId, agreement: { customerId } },
    select: {
      ...CHARGE_DTO_SELECT,
      orderId: true,
      transactionId: true,
      history: true,
      updatedAt: true,
      agreement: {
        select: { productName: true, market: true, customer: { select: { name: true, email: true } } },
      },
    },
  });
  if (!charge) return null;
  const dto = toChargeDto(charge);
  if (!dto.hasReceipt) return null;
  const shop = await getShop();
  const history = Array.isArray(charge.history) ? (charge.history as THistoryEntry[]) : [];
  const captured = history.find((h) => h.event === "CAPTURE" && h.success !== false)?.occurred;
  return {
    charge: {
      ...dto,
      paidAt: captured ?? charge.updatedAt.toISOString(),
      transactionId: charge.transactionId,
      reference: charge.orderId,
    },
    productName: charge.agreement.productName,
    market: charge.agreement.market,
    customer: {
      name: charge.agreement.customer?.name ?? null,
      email: charge.agreement.customer?.email ?? null,
    },
    shop: {
      name: shop?.name ?? "Abo",
      supportEmail: shop?.supportEmail ?? null,
      supportPhone: shop?.supportPhone ?? null,
    },
  };
};
