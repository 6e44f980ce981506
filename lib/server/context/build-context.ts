import "server-only";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TLocale } from "@/lib/i18n/locales";
import type { TActor } from "@/lib/server/actor";
import type { TServerContext } from "./server-context";

/**
 * The merchant this installation serves (the oldest). The one place that answers "which merchant"
 * without an agreement, customer, sales unit or staff member to read it from: jobs, visitors and
 * first-run pages start here (staff have a merchant of their own: User.merchantId).
 */
export async function installationMerchantId(
  client: Pick<Tx, "merchant"> | typeof db = db,
): Promise<string | null> {
  const merchant = await client.merchant.findFirst({ select: { id: true }, orderBy: { createdAt: "asc" } });
  return merchant?.id ?? null;
}

/** A context for one request, job run or webhook; `now` is read once here (Abo's clock). */
export async function buildContext(input: {
  actor: TActor;
  locale?: TLocale;
  /** The merchant the caller already knows (a customer's, a sales unit's); else the installation's. */
  merchantId?: string | null;
  client?: Tx;
}): Promise<TServerContext> {
  const merchantId = input.merchantId ?? (await installationMerchantId(input.client));
  if (!merchantId) throw new AppError("NOT_FOUND", "noMerchantYet");
  return { actor: input.actor, merchantId, locale: input.locale ?? "nb", now: await now(input.client) };
}

/** The system's context for a job that names only a charge: the context of the charge's merchant. */
export async function systemContextOfCharge(chargeId: string): Promise<TServerContext | null> {
  const row = await db.charge.findUnique({
    where: { id: chargeId },
    select: { agreement: { select: { merchantId: true } } },
  });
  return row ? systemContext({ merchantId: row.agreement.merchantId }) : null;
}

/** The scheduler's and the webhook processor's context: acting as the system. */
export const systemContext = (input: { merchantId?: string | null; locale?: TLocale } = {}) =>
  buildContext({ actor: { type: "SYSTEM" }, ...input });
