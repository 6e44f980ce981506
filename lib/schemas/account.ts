import { z } from "zod";
import { MAX_STORED_MINOR, parseMoney } from "@/lib/domain/money";
import { STOP_OFFERS, STOP_REASONS } from "@/lib/domain/stop-reasons";
import { LOCALES } from "@/lib/i18n/locales";
import type { TFormErrorKey } from "./form-errors";
import { storableText } from "./text";

const e = (key: TFormErrorKey) => ({ error: key });
// Ids are cuid-like; anything else cannot be an agreement and is refused before a query.
const ZId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const text = () => storableText("badText" satisfies TFormErrorKey);
const ZReason = text().trim().max(500, e("tooLong")).optional();

const ZStopReasonCode = z.enum(STOP_REASONS, e("chooseReason"));

export const ZStopSubscriptionInput = z.object({
  agreementId: ZId,
  when: z.enum(["PERIOD_END", "NOW"], e("chooseWhen")),
  /** Optional: nobody has to explain a stop. */
  reasonCode: ZStopReasonCode.optional(),
  /** The offer the flow showed on the way (recorded, so the merchant sees what was tried). */
  offerShown: z.enum(STOP_OFFERS).optional(),
  reason: ZReason,
});

export const ZUndoStopInput = z.object({ agreementId: ZId });

export const ZStopOfferInput = z.object({ agreementId: ZId });

export const ZAcceptStopOfferInput = z.object({
  agreementId: ZId,
  reasonCode: ZStopReasonCode.optional(),
  offer: z.enum(["PAUSE", "CHEAPER_PLAN"]),
});

export const ZPauseSubscriptionInput = z.object({
  agreementId: ZId,
  until: text().regex(/^\d{4}-\d{2}-\d{2}$/, e("invalidDate")),
  reason: ZReason,
});

export const ZResumeSubscriptionInput = z.object({ agreementId: ZId });

export const ZChangePlanInput = z.object({
  agreementId: ZId,
  productSlug: text().min(1, e("choosePlan")).max(100, e("choosePlan")),
  /** The previewed charges the customer confirmed ("2030-04-01:24900,…"): a change never differs from them. */
  expected: z
    .string()
    .max(200)
    .regex(/^(\d{4}-\d{2}-\d{2}:\d{1,10})?(,\d{4}-\d{2}-\d{2}:\d{1,10})*$/)
    .optional(),
});

export const ZPreviewPlanChangeInput = ZChangePlanInput.pick({ agreementId: true, productSlug: true });

/** The amount as typed ("250", "249,50"), read into minor units. */
export const ZChangeAmountInput = z.object({
  agreementId: ZId,
  amount: text()
    .max(20, e("invalidAmount"))
    .transform((value, ctx) => {
      const minor = parseMoney(value);
      if (minor === null || minor > MAX_STORED_MINOR) {
        ctx.addIssue({ code: "custom", message: "invalidAmount" satisfies TFormErrorKey });
        return z.NEVER;
      }
      return minor;
    }),
});

export const ZSetLocaleInput = z.object({ locale: z.enum(LOCALES) });
