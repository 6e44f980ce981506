// Request and response shapes of the Recurring API v3, Access Token API and Webhooks API v1.
// Responses are parsed leniently (unknown fields ignored, optional fields nullable) so a newer
// Vipps field never breaks us; the fields we rely on are checked.
import { z } from "zod";

export const AGREEMENT_STATUSES = ["PENDING", "ACTIVE", "STOPPED", "EXPIRED"] as const;
export const CHARGE_STATUSES = [
  "PENDING",
  "DUE",
  "PROCESSING",
  "RESERVED",
  "CHARGED",
  "PARTIALLY_CAPTURED",
  "FAILED",
  "CANCELLED",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
] as const;

const ZCurrency = z.enum(["NOK", "DKK", "EUR"]);
const ZIntervalUnit = z.enum(["YEAR", "MONTH", "WEEK", "DAY"]);
const ZTransactionType = z.enum(["DIRECT_CAPTURE", "RESERVE_CAPTURE"]);

export const ZAccessToken = z.object({
  token_type: z.string(),
  expires_in: z.coerce.number(),
  expires_on: z.coerce.number().optional(),
  access_token: z.string().min(1),
});

export const ZAgreement = z.object({
  id: z.string(),
  uuid: z.string().nullish(),
  status: z.enum(AGREEMENT_STATUSES),
  productName: z.string(),
  productDescription: z.string().nullish(),
  pricing: z.object({
    type: z.string().nullish(),
    currency: ZCurrency,
    amount: z.number().int().nullish(),
    suggestedMaxAmount: z.number().int().nullish(),
    maxAmount: z.number().int().nullish(),
  }),
  // A FLEXIBLE ("when used") interval comes back without unit and count.
  interval: z
    .object({ unit: ZIntervalUnit.nullish(), count: z.number().int().nullish(), text: z.string().nullish() })
    .nullish(),
  campaign: z
    .object({
      type: z.string(),
      price: z.number().int().nullish(),
      end: z.string().nullish(),
      eventDate: z.string().nullish(),
      eventText: z.string().nullish(),
      explanation: z.string().nullish(),
    })
    .nullish(),
  created: z.string().nullish(),
  start: z.string().nullish(),
  stop: z.string().nullish(),
  merchantAgreementUrl: z.string().nullish(),
  merchantRedirectUrl: z.string().nullish(),
  vippsConfirmationUrl: z.string().nullish(),
  externalId: z.string().nullish(),
  countryCode: z.string().nullish(),
  sub: z.string().nullish(),
  userinfoUrl: z.string().nullish(),
});
export type TAgreement = z.infer<typeof ZAgreement>;

export const ZChargeHistoryEntry = z.object({
  occurred: z.string(),
  event: z.string(),
  amount: z.number().int(),
  idempotencyKey: z.string().nullish(),
  success: z.boolean(),
});

export const ZCharge = z.object({
  id: z.string(),
  agreementId: z.string().nullish(),
  amount: z.number().int(),
  currency: ZCurrency.nullish(),
  description: z.string().nullish(),
  due: z.string().nullish(),
  // "UNKNOWN" is a documented transient status outside the enum: it means "no news yet".
  status: z.enum([...CHARGE_STATUSES, "UNKNOWN"]),
  type: z.enum(["INITIAL", "RECURRING", "UNSCHEDULED"]).nullish(),
  transactionType: ZTransactionType.nullish(),
  retryDays: z.number().int().nullish(),
  transactionId: z.string().nullish(),
  externalId: z.string().nullish(),
  externalAgreementId: z.string().nullish(),
  failureReason: z.string().nullish(),
  failureDescription: z.string().nullish(),
  summary: z
    .object({ captured: z.number().int(), refunded: z.number().int(), cancelled: z.number().int() })
    .nullish(),
  history: z.array(ZChargeHistoryEntry).nullish(),
});
export type TCharge = z.infer<typeof ZCharge>;

export const ZDraftAgreementResponse = z.object({
  agreementId: z.string(),
  uuid: z.string().nullish(),
  vippsConfirmationUrl: z.string().nullish(),
  chargeId: z.string().nullish(),
});
export type TDraftAgreementResponse = z.infer<typeof ZDraftAgreementResponse>;

export const ZCreateChargeResponse = z.object({ chargeId: z.string() });

export const ZBulkChargesResponse = z.object({
  validCharges: z.array(z.string()),
  invalidCharges: z.array(
    z.object({
      chargeBatchItemDto: z.record(z.string(), z.unknown()).nullish(),
      errors: z.array(z.string()).nullish(),
    }),
  ),
});
export type TBulkChargesResponse = z.infer<typeof ZBulkChargesResponse>;

export const ZRegisterWebhookResponse = z.object({ id: z.string(), secret: z.string() });
export const ZListWebhooksResponse = z.object({
  webhooks: z.array(z.object({ id: z.string(), url: z.string(), events: z.array(z.string()) })),
});

export const ZUserinfo = z
  .object({
    sub: z.string(),
    name: z.string().nullish(),
    given_name: z.string().nullish(),
    family_name: z.string().nullish(),
    email: z.string().nullish(),
    phone_number: z.string().nullish(),
    birthdate: z.string().nullish(),
  })
  .loose();
export type TUserinfo = z.infer<typeof ZUserinfo>;

// ---- request bodies (built by our own code, so plain types)

export type TIntervalUnit = z.infer<typeof ZIntervalUnit>;
export type TTransactionType = z.infer<typeof ZTransactionType>;
export type TCurrency = z.infer<typeof ZCurrency>;

export type TDraftAgreement = {
  pricing:
    | { type: "LEGACY"; currency: TCurrency; amount: number }
    | { type: "VARIABLE"; currency: TCurrency; suggestedMaxAmount: number }
    | { type: "FLEXIBLE"; currency: TCurrency };
  interval?: { unit: TIntervalUnit; count: number };
  productName: string;
  productDescription?: string;
  merchantRedirectUrl: string;
  merchantAgreementUrl: string;
  phoneNumber?: string;
  initialCharge?: {
    amount: number;
    description: string;
    transactionType: TTransactionType;
    orderId?: string;
    externalId?: string;
  };
  campaign?:
    | { type: "PRICE_CAMPAIGN"; price: number; end: string }
    | { type: "PERIOD_CAMPAIGN"; price: number; period: { unit: TIntervalUnit; count: number } }
    | { type: "EVENT_CAMPAIGN"; price: number; eventDate: string; eventText: string }
    | {
        type: "FULL_FLEX_CAMPAIGN";
        price: number;
        end: string;
        interval: { unit: TIntervalUnit; count: number };
      };
  scope?: string;
  externalId?: string;
  countryCode?: "NO" | "DK" | "FI";
  isApp?: boolean;
  skipLandingPage?: boolean;
};

export type TUpdateAgreement = {
  productName?: string;
  productDescription?: string;
  merchantAgreementUrl?: string;
  externalId?: string;
  pricing?: { amount: number } | { suggestedMaxAmount: number };
  interval?: { type: "RECURRING"; period: { unit: TIntervalUnit; count: number } } | { type: "FLEXIBLE" };
};

export type TCreateCharge = {
  amount: number;
  transactionType: TTransactionType;
  description: string;
  due?: string;
  retryDays?: number;
  type?: "RECURRING" | "UNSCHEDULED";
  /** RECURRING only (2025+, FACTS §4.7); SINGLE_ATTEMPT requires retryDays 0. Absent: MULTIPLE_ATTEMPTS. */
  processingMode?: "MULTIPLE_ATTEMPTS" | "SINGLE_ATTEMPT";
  orderId: string;
  externalId?: string;
};

/** The bulk endpoint takes no processingMode (FACTS §4.8): single-attempt charges go one by one. */
export type TBulkChargeItem = Omit<TCreateCharge, "processingMode"> & {
  agreementId: string;
  due: string;
  retryDays: number;
};
