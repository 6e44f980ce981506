import "server-only";
import { machineNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { toAppError } from "@/lib/server/vipps/to-app-error";
import { RECURRING_WEBHOOK_EVENTS } from "@/lib/vipps/client";
import { webhookUrl } from "./webhook-url";

// FACTS §9: at most 25 registrations per event type per sales unit.
export const MAX_REGISTRATIONS_PER_EVENT = 25;

export type TWebhookRegistration = { id: string; url: string; events: string[] };

export type TWebhookCheck = {
  /** True when Vipps holds Abo's registration at Abo's URL for every Recurring event. */
  ok: boolean;
  /** What is wrong, in words; null when ok. */
  problem: string | null;
  /** Abo's registration as Vipps has it, when Vipps has it. */
  registration: TWebhookRegistration | null;
  /** Where Abo receives deliveries. */
  expectedUrl: string;
  /** All registrations Vipps holds for this sales unit, and the most for any one event (of 25). */
  registrations: number;
  mostForOneEvent: number;
  checkedAt: Date;
};

/**
 * Reads the sales unit's registrations from Vipps (Webhooks API) and compares them with Abo's own
 * record: the registration must still exist (Vipps deletes one left unanswered for two weeks), point
 * at Abo's URL and carry every Recurring event. The finding is stored on the unit, so the onboarding
 * wizard and the System page show it without asking Vipps again. Another merchant's unit is not found.
 */
export const checkWebhook = async (ctx: TServerContext, salesUnitId: string): Promise<TWebhookCheck> => {
  const unit = await db.salesUnit.findFirst({
    where: { id: salesUnitId, merchantId: ctx.merchantId },
    select: { id: true, webhookId: true, webhookUrl: true, webhookSecretEnc: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "theSalesUnitWasNotFound");
  const expectedUrl = webhookUrl();
  const checkedAt = machineNow();
  let webhooks: TWebhookRegistration[] = [];
  let problem: string | null = null;
  try {
    webhooks = (await (await getVippsClient(salesUnitId)).listWebhooks()).webhooks;
  } catch (error) {
    const mapped = toAppError(error);
    problem = `Could not read the registrations from Vipps MobilePay: ${mapped instanceof AppError ? mapped.message : String(error)}`;
  }
  const registration = webhooks.find((w) => w.id === unit.webhookId) ?? null;
  problem ??= describeProblem(unit, registration, expectedUrl);
  const perEvent = RECURRING_WEBHOOK_EVENTS.map((e) => webhooks.filter((w) => w.events.includes(e)).length);
  await db.salesUnit.update({
    where: { id: unit.id, merchantId: ctx.merchantId },
    data: { webhookProblem: problem, webhookCheckedAt: checkedAt },
  });
  return {
    ok: problem === null,
    problem,
    registration,
    expectedUrl,
    registrations: webhooks.length,
    mostForOneEvent: Math.max(0, ...perEvent),
    checkedAt,
  };
};

/** What is wrong with Abo's registration as Vipps lists it, or null. */
export function describeProblem(
  unit: { webhookId: string | null; webhookSecretEnc: string | null },
  registration: TWebhookRegistration | null,
  expectedUrl: string,
): string | null {
  if (!unit.webhookId) return "Abo has not registered a webhook for this sales unit yet.";
  if (!registration)
    return `Vipps MobilePay no longer has Abo's registration ${unit.webhookId} (Vipps deletes a registration left unanswered for two weeks, or it was removed elsewhere). The worker registers it again within the hour while the shop uses this sales unit's environment.`;
  if (registration.url !== expectedUrl)
    return `The registration at Vipps MobilePay delivers to ${registration.url}, but Abo receives at ${expectedUrl}.`;
  const missing = RECURRING_WEBHOOK_EVENTS.filter((e) => !registration.events.includes(e));
  if (missing.length) return `The registration at Vipps MobilePay lacks these events: ${missing.join(", ")}.`;
  if (!unit.webhookSecretEnc)
    return "Abo holds no secret for the registration, so its deliveries cannot be verified.";
  return null;
}
