import "server-only";
import type { TReceiptData } from "@/lib/domain/receipt-fields";
import { systemContext } from "@/lib/server/context/build-context";
import { loadReceipt } from "@/lib/server/receipts/load-receipt";

/** The receipt and credit notes of one of the signed-in customer's charges; null if not theirs or not paid. */
export const getReceipt = async ({
  customerId,
  chargeId,
}: {
  customerId: string;
  chargeId: string;
}): Promise<TReceiptData | null> => loadReceipt(await systemContext(), { chargeId, customerId });
