// Input of the support console's actions and pages. Every action that changes something takes a
// reason (it goes to the audit log); amounts are typed as people write them and parsed to øre/cents.
// Field messages are keys of the staff messages (staffText.fieldErrors): each form shows them in the
// staff member's language (components/support/support-wording.ts).
import { z } from "zod";
import type { staffTextEn } from "@/lib/i18n/messages/staffText/en";
import { MAX_STORED_MINOR, parseMoney } from "@/lib/domain/money";
import { INTERVAL_UNITS } from "@/lib/domain/product-rules";
import { REFUND_REASON_CODES, refundReason } from "@/lib/domain/refund";
import { ZDateParam, ZSearchText } from "./params";
import { numberFromText, storableText } from "./text";

export const REASON_MIN = 3;

export type TStaffFieldErrorKey = keyof typeof staffTextEn.fieldErrors;
const e = (key: TStaffFieldErrorKey) => key;
const text = (params?: Parameters<typeof z.string>[0]) => storableText(e("badText"), params);

export const ZReason = text({ error: e("reasonRequired") })
  .trim()
  .min(REASON_MIN, e("reasonTooShort"))
  .max(500, e("max500"));

/** "149,50" → 14950. Negative, zero and non-numeric amounts get their own message. */
export const ZAmount = text({ error: e("amountRequired") }).transform((raw, ctx) => {
  const value = raw.trim();
  if (!value) {
    ctx.addIssue({ code: "custom", message: e("amountRequired") });
    return z.NEVER;
  }
  if (/^-/.test(value)) {
    ctx.addIssue({ code: "custom", message: e("amountAboveZero") });
    return z.NEVER;
  }
  const minor = parseMoney(value);
  if (minor === null) {
    ctx.addIssue({ code: "custom", message: e("amountFormat") });
    return z.NEVER;
  }
  if (minor <= 0) {
    ctx.addIssue({ code: "custom", message: e("amountAboveZero") });
    return z.NEVER;
  }
  // Above this no amount column could hold it (it would fail half-way through a write).
  if (minor > MAX_STORED_MINOR) {
    ctx.addIssue({ code: "custom", message: e("amountTooLarge") });
    return z.NEVER;
  }
  return minor;
});

const ZId = text().trim().min(1).max(100);
const blankAsUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const ZOptionalAmount = z.preprocess(blankAsUndefined, ZAmount.optional());
const ZOptionalText = (max: number, message: TStaffFieldErrorKey) =>
  text().trim().max(max, message).optional();

/** A refund's reason is chosen from a list, with optional details ("Other" needs them). */
export const ZRefundChargeInput = z
  .object({
    chargeId: ZId,
    amount: ZAmount,
    description: text().trim().min(1, e("refundDescription")).max(100, e("max100")),
    reasonCode: z.enum(REFUND_REASON_CODES, { error: e("chooseRefundReason") }),
    reasonDetails: text().trim().max(400, e("max400")).default(""),
  })
  .superRefine((input, ctx) => {
    if (input.reasonCode === "OTHER" && input.reasonDetails.length < REASON_MIN)
      ctx.addIssue({
        code: "custom",
        path: ["reasonDetails"],
        message: e("refundDetails"),
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
  productName: ZOptionalText(45, "max45"),
  productDescription: ZOptionalText(100, "max100"),
  /** LEGACY: the price; empty means unchanged. */
  amount: ZOptionalAmount,
  /** VARIABLE: the suggested maximum; empty means unchanged. */
  suggestedMaxAmount: ZOptionalAmount,
  intervalUnit: z.preprocess(blankAsUndefined, z.enum(INTERVAL_UNITS).optional()),
  intervalCount: z.preprocess(
    (value) => numberFromText(blankAsUndefined(value)),
    z
      .number({ error: e("intervalCount") })
      .int(e("intervalCount"))
      .min(1, e("atLeast1"))
      .max(31, e("atMost31"))
      .optional(),
  ),
  reason: ZReason,
});

export const ZStopAgreementInput = z.object({ agreementId: ZId, reason: ZReason });

export const ZRefreshAgreementInput = z.object({ agreementId: ZId });

export const ZCreateChargeInput = z
  .object({
    agreementId: ZId,
    type: z.enum(["RECURRING", "UNSCHEDULED"], { error: e("chooseChargeType") }),
    amount: ZAmount,
    description: text().trim().min(1, e("chargeDescription")).max(45, e("max45")),
    due: z.preprocess(blankAsUndefined, text().trim().optional()),
    retryDays: z.preprocess(
      (value) => numberFromText(blankAsUndefined(value)),
      z
        .number({ error: e("retryDays") })
        .int(e("retryDays"))
        .min(0, e("retryDays"))
        .max(14, e("retryDays"))
        .optional(),
    ),
    reason: ZReason,
  })
  .superRefine((input, ctx) => {
    if (input.type !== "RECURRING") return;
    if (!input.due || !/^\d{4}-\d{2}-\d{2}$/.test(input.due))
      ctx.addIssue({ code: "custom", path: ["due"], message: e("chooseDueDate") });
    if (input.retryDays === undefined)
      ctx.addIssue({ code: "custom", path: ["retryDays"], message: e("retryDays") });
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
