import "server-only";
import type { TReceiptData } from "@/lib/domain/receipt-fields";
import type { TServerContext } from "@/lib/server/context/server-context";
import { loadReceipt } from "@/lib/server/receipts/load-receipt";
import { customerOf } from "./require-own-agreement";

/** The receipt and credit notes of one of the signed-in customer's charges; null if not theirs or not paid. */
export const getReceipt = async (
  ctx: TServerContext,
  { chargeId }: { chargeId: string },
): Promise<TReceiptData | null> => loadReceipt(ctx, { chargeId, customerId: customerOf(ctx).customerId });
