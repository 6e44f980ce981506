// Input of the support console's actions and pages. Every action that changes something takes a
// reason (it goes to the audit log); amounts are typed as people write them and parsed to øre/cents.
import { z } from "zod";
import { MAX_STORED_MINOR, parseMoney } from "@/lib/domain/money";
import { INTERVAL_UNITS } from "@/lib/domain/product-rules";
import { REFUND_REASON_CODES, refundReason } from "@/lib/domain/refund";
import { ZDateParam, ZSearchText } from "./params";
import { numberFromText, storableText } from "./text";

export const REASON_MIN = 3;

export const ZReason = storableText(undefined, {
  error: "Write why you are doing this; it goes in the audit log",
})
  .trim()
  .min(
    REASON_MIN,
    `Write why you are doing this (at least ${REASON_MIN} characters); it goes in the audit log`,
  )
  .max(500, "At most 500 characters");

/** "149,50" → 14950. Negative, zero and non-numeric amounts get their own message. */
export const ZAmount = storableText(undefined, { error: "Enter an amount" }).transform((raw, ctx) => {
  const value = raw.trim();
  if (!value) {
    ctx.addIssue({ code: "custom", message: "Enter an amount" });
    return z.NEVER;
  }
  if (/^-/.test(value)) {
    ctx.addIssue({ code: "custom", message: "The amount must be above zero" });
    return z.NEVER;
  }
  const minor = parseMoney(value);
  if (minor === null) {
    ctx.addIssue({
      code: "custom",
      message: "Enter an amount like 149.50 (numbers only, at most two decimals)",
    });
    return z.NEVER;
  }
  if (minor <= 0) {
    ctx.addIssue({ code: "custom", message: "The amount must be above zero" });
    return z.NEVER;
  }
  // Above this no amount column could hold it (it would fail half-way through a write).
  if (minor > MAX_STORED_MINOR) {
    ctx.addIssue({ code: "custom", message: "That amount is too large" });
    return z.NEVER;
  }
  return minor;
});

const ZId = storableText().trim().min(1).max(100);
const blankAsUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const ZOptionalAmount = z.preprocess(blankAsUndefined, ZAmount.optional());
const ZOptionalText = (max: number, message: string) => storableText().trim().max(max, message).optional();

/** A refund's reason is chosen from a list, with optional details ("Other" needs them). */
export const ZRefundChargeInput = z
  .object({
    chargeId: ZId,
    amount: ZAmount,
    description: storableText()
      .trim()
      .min(1, "Write what the customer will see (1 to 100 characters)")
      .max(100, "At most 100 characters"),
    reasonCode: z.enum(REFUND_REASON_CODES, { error: "Choose why you are refunding" }),
    reasonDetails: storableText().trim().max(400, "At most 400 characters").default(""),
  })
  .superRefine((input, ctx) => {
    if (input.reasonCode === "OTHER" && input.reasonDetails.length < REASON_MIN)
      ctx.addIssue({
        code: "custom",
        path: ["reasonDetails"],
        message: `Say what happened (at least ${REASON_MIN} characters); it goes in the audit log`,
      });
  })
  .transform(({ reasonCode, reasonDetails, ...refund }) => ({
    ...refund,
    reason: refundReason(reasonCode, reasonDetails),
  }));

export const ZCaptureChargeInput = z.object({ chargeId: ZId, amount: ZAmount, reason: ZReason });

export const ZCancelChargeInput = z.object({ chargeId: ZId, reason: ZReason });

export const ZRefreshChargeInput = z.object({ chargeId: ZId });

export const ZUpdateAgreementInput = z.object({
  agreementId: ZId,
  productName: ZOptionalText(45, "At most 45 characters"),
  productDescription: ZOptionalText(100, "At most 100 characters"),
  /** LEGACY: the price; empty means unchanged. */
  amount: ZOptionalAmount,
  /** VARIABLE: the suggested maximum; empty means unchanged. */
  suggestedMaxAmount: ZOptionalAmount,
  intervalUnit: z.preprocess(blankAsUndefined, z.enum(INTERVAL_UNITS).optional()),
  intervalCount: z.preprocess(
    (value) => numberFromText(blankAsUndefined(value)),
    z
      .number({ error: "A whole number from 1 to 31" })
      .int("A whole number from 1 to 31")
      .min(1, "At least 1")
      .max(31, "At most 31")
      .optional(),
  ),
  reason: ZReason,
});

export const ZStopAgreementInput = z.object({ agreementId: ZId, reason: ZReason });

export const ZRefreshAgreementInput = z.object({ agreementId: ZId });

export const ZCreateChargeInput = z
  .object({
    agreementId: ZId,
    type: z.enum(["RECURRING", "UNSCHEDULED"], { error: "Choose recurring or unscheduled" }),
    amount: ZAmount,
    description: storableText()
      .trim()
      .min(1, "Write what the customer will see (1 to 45 characters)")
      .max(45, "At most 45 characters"),
    due: z.preprocess(blankAsUndefined, storableText().trim().optional()),
    retryDays: z.preprocess(
      (value) => numberFromText(blankAsUndefined(value)),
      z
        .number({ error: "0 to 14 days" })
        .int("0 to 14 days")
        .min(0, "0 to 14 days")
        .max(14, "0 to 14 days")
        .optional(),
    ),
    reason: ZReason,
  })
  .superRefine((input, ctx) => {
    if (input.type !== "RECURRING") return;
    if (!input.due || !/^\d{4}-\d{2}-\d{2}$/.test(input.due))
      ctx.addIssue({ code: "custom", path: ["due"], message: "Choose a due date" });
    if (input.retryDays === undefined)
      ctx.addIssue({ code: "custom", path: ["retryDays"], message: "0 to 14 days" });
  });

export const ZRunChecklistInput = z.object({ salesUnitId: ZId });

export const ZSearchQuery = ZSearchText(100).catch("");

export const WORK_LISTS = [
  "failed-charges",
  "awaiting-capture",
  "pending-agreements",
  "vipps-errors",
  "failed-jobs",
] as const;
export type TWorkListName = (typeof WORK_LISTS)[number];
export const ZWorkListName = z.enum(WORK_LISTS);

// A filter that cannot be read is left out (and named on the page), never sent to the database.
export const ZAuditFilter = z.object({
  actor: ZSearchText(200).optional().catch(undefined),
  action: ZSearchText(100).optional().catch(undefined),
  /** An id of ours, an orderId, a Vipps agreement id or an Idempotency-Key. */
  target: ZSearchText(100).optional().catch(undefined),
  from: ZDateParam.optional().catch(undefined),
  to: ZDateParam.optional().catch(undefined),
  before: ZSearchText(100).optional().catch(undefined),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;
