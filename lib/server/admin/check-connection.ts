import "server-only";
import { machineNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { checkWebhook } from "@/lib/server/webhooks/check-webhook";
import type { TProblem } from "@/lib/errors";
import { VippsNetworkError, VippsProblemError } from "@/lib/vipps/errors";
import { forgetToken } from "@/lib/vipps/token-cache";

export type TConnectionResult = {
  ok: boolean;
  message: string;
  problem?: TProblem;
  /** The webhook registration as Vipps has it (checkWebhook), read once the keys work. */
  webhook?: { ok: boolean; message: string };
};

/**
 * Tests a sales unit's keys the harmless way: an access token, then one read (the first page of
 * active agreements). The outcome is stored on the unit; on failure Vipps's own answer is shown.
 * With working keys it also reads the webhook registrations from Vipps and says what is wrong there.
 * Only the context's merchant's units: another merchant's is not found. `connectionCheckedAt` is the
 * machine's clock (when Abo last talked to Vipps).
 */
export const checkConnection = async (
  ctx: TServerContext,
  salesUnitId: string,
): Promise<TConnectionResult> => {
  const unit = await db.salesUnit.findFirst({
    where: { id: salesUnitId, merchantId: ctx.merchantId },
    select: { id: true, webhookId: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "theSalesUnitWasNotFound");
  const client = await getVippsClient(salesUnitId);
  // A token cached from earlier keys would hide a wrong secret (same key as lib/vipps/http.ts uses).
  forgetToken(`${client.config.baseUrl}|${client.config.clientId}|${client.config.merchantSerialNumber}`);
  let result: TConnectionResult;
  try {
    await client.getAccessToken();
    await client.listAgreements({ status: "ACTIVE", pageNumber: 1, pageSize: 1 });
    result = { ok: true, message: "Connected: Vipps MobilePay accepted the keys and answered a read." };
  } catch (error) {
    result = describe(error);
    logger.warn({ salesUnitId, status: result.problem?.status }, "sales unit connection test failed");
  }
  await db.salesUnit.update({
    where: { id: salesUnitId },
    data: {
      connectionCheckedAt: machineNow(),
      connectionOk: result.ok,
      connectionError: result.ok ? null : result.message,
    },
  });
  // Once there is a registration to look for: the keys can work while Vipps has dropped the webhook.
  if (result.ok && unit.webhookId) {
    const webhook = await checkWebhook(ctx, salesUnitId);
    result.webhook = {
      ok: webhook.ok,
      message: webhook.ok
        ? `Webhooks: registered at Vipps MobilePay for ${webhook.expectedUrl}.`
        : `Webhooks: ${webhook.problem}`,
    };
  }
  return result;
};

function describe(error: unknown): TConnectionResult {
  if (error instanceof VippsProblemError) {
    const step =
      error.operation === "GetAccessToken" ? "The access token was refused" : "The test read was refused";
    const said = [error.problem.title, error.problem.detail].filter(Boolean).join(": ");
    return {
      ok: false,
      message: `${step}. Vipps MobilePay answered ${error.status}${said ? ` (${said})` : ""}.`,
      problem: error.problem,
    };
  }
  if (error instanceof VippsNetworkError)
    return { ok: false, message: `No answer from Vipps MobilePay: ${error.message}` };
  return { ok: false, message: `The test failed: ${error instanceof Error ? error.message : String(error)}` };
}
