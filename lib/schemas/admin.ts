// Input of the merchant admin's actions: products, first-run setup, onboarding, settings, staff.
// Messages are shown next to the field, so each one says what to enter.
import { z } from "zod";
import { MAX_STORED_MINOR, parseMoney } from "@/lib/domain/money";
import { PLAN_CHANGE_CAMPAIGN_RULES } from "@/lib/domain/plan-change";
import {
  CAMPAIGN_TYPES,
  INTERVAL_UNITS,
  PRICING_TYPES,
  PROCESSING_MODES,
  TRANSACTION_TYPES,
} from "@/lib/domain/product-rules";
import { STOP_OFFERS } from "@/lib/domain/stop-reasons";
import { LOCALES } from "@/lib/i18n/locales";
import { normalizeOrgNumber } from "@/lib/domain/receipts";
import { numberFromText, storableText } from "./text";

const text = (max: number) => storableText().max(max);
const ZUnit = z.enum([...INTERVAL_UNITS, ""]);
const ZMarketPrice = z.object({
  enabled: z.boolean(),
  amount: text(40),
  suggestedMaxAmount: text(40),
  campaignPrice: text(40),
  initialChargeAmount: text(40),
  vatRate: text(20).optional(),
});

// A name and description per customer language; absent (older forms, API callers): none given.
const ZProductText = z.object({ name: text(200), description: text(500) });
const ZProductTexts = z.partialRecord(z.enum(LOCALES), ZProductText);

/** The product form as typed; lib/domain/product-rules.ts checks the Vipps rules on it. */
export const ZProductForm = z.object({
  name: text(200),
  description: text(500),
  slug: text(200),
  pricingType: z.enum(PRICING_TYPES),
  intervalUnit: ZUnit,
  intervalCount: text(10),
  transactionType: z.enum(TRANSACTION_TYPES),
  retryDays: text(10),
  // Absent (a form from before the field existed): Vipps's default.
  processingMode: z.enum(PROCESSING_MODES).default("MULTIPLE_ATTEMPTS"),
  prices: z.object({ NO: ZMarketPrice, DK: ZMarketPrice, FI: ZMarketPrice }),
  campaignType: z.enum([...CAMPAIGN_TYPES, ""]),
  campaignEnd: text(20),
  campaignPeriodUnit: ZUnit,
  campaignPeriodCount: text(10),
  campaignEventDate: text(20),
  campaignEventText: text(500),
  campaignIntervalUnit: ZUnit,
  campaignIntervalCount: text(10),
  initialCharge: z.boolean(),
  initialChargeDescription: text(500),
  initialChargeTransactionType: z.enum(TRANSACTION_TYPES),
  scope: z.array(text(40)).max(10),
  planGroup: text(200),
  planChangeCampaign: z.enum(
    PLAN_CHANGE_CAMPAIGN_RULES,
    "Choose what a change of plan does to a running campaign",
  ),
  stopOffer: z.enum(STOP_OFFERS),
  stopOfferPauseDays: text(10),
  stopOfferProductId: text(100),
  texts: ZProductTexts.optional(),
});

const ZId = storableText().trim().min(1).max(100);

export const ZSaveProductInput = z.object({ productId: ZId.optional(), form: ZProductForm });
export const ZProductIdInput = z.object({ productId: ZId });

const ZEmail = storableText()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address like name@example.com").max(254, "At most 254 characters"));
const ZPassword = storableText()
  .min(12, "Use at least 12 characters")
  .max(200, "At most 200 characters")
  .refine((p) => p.trim().length === p.length, "Remove the spaces at the start or end");
const ZPersonName = storableText().trim().min(1, "Enter a name").max(100, "At most 100 characters");

export const ZFirstRunInput = z.object({
  merchantName: storableText()
    .trim()
    .min(1, "Enter the business name customers know you by")
    .max(100, "At most 100 characters"),
  name: ZPersonName,
  email: ZEmail,
  password: ZPassword,
});

export const ZAcceptInviteInput = z.object({
  token: storableText().min(10).max(200),
  name: ZPersonName,
  password: ZPassword,
});

/** Keys of one Vipps MobilePay sales unit, as copied from the business portal. */
export const ZSalesUnitKeysInput = z.object({
  environment: z.enum(["TEST", "PRODUCTION"]),
  market: z.enum(["NO", "DK", "FI"], "Choose the sales unit's country"),
  name: storableText()
    .trim()
    .min(1, "Name the sales unit, e.g. “Webshop Norway”")
    .max(80, "At most 80 characters"),
  msn: storableText()
    .trim()
    .regex(/^\d{4,7}$/, "The merchant serial number (MSN) is 4 to 7 digits"),
  clientId: storableText()
    .trim()
    .min(1, "Paste the client_id")
    .max(200, "That is too long for a client_id")
    .regex(/^\S*$/, "No spaces"),
  clientSecret: storableText()
    .trim()
    .min(1, "Paste the client_secret")
    .max(500, "That is too long for a client_secret")
    .regex(/^\S*$/, "No spaces"),
  subscriptionKey: storableText()
    .trim()
    .min(1, "Paste the Ocp-Apim-Subscription-Key")
    .max(200, "That is too long for a subscription key")
    .regex(/^\S*$/, "No spaces"),
});

export const ZSalesUnitIdInput = z.object({ salesUnitId: ZId });
export const ZEnvironmentInput = z.object({ environment: z.enum(["TEST", "PRODUCTION"]) });

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
const ZOptionalUrl = z.preprocess(
  blankToNull,
  storableText()
    .trim()
    .max(500, "At most 500 characters")
    .refine(
      (v) => v.startsWith("/") || /^https?:\/\/\S+$/.test(v),
      "Enter an address starting with https:// (or a path on this site, like /terms)",
    )
    .nullable(),
);

export const ZMerchantProfileInput = z
  .object({
    name: storableText().trim().min(1, "Enter the business name").max(100, "At most 100 characters"),
    supportEmail: z.preprocess(blankToNull, ZEmail.nullable()),
    supportPhone: z.preprocess(
      blankToNull,
      storableText()
        .trim()
        .regex(/^\+?[\d ()-]{5,20}$/, "Enter a phone number like +47 22 00 00 00")
        .nullable(),
    ),
    supportUrl: ZOptionalUrl,
    termsUrl: ZOptionalUrl,
    defaultLocale: z.enum(LOCALES, "Choose the default language"),
    locales: z.array(z.enum(LOCALES)).min(1, "Offer at least one language"),
  })
  .refine((v) => v.locales.includes(v.defaultLocale), {
    path: ["defaultLocale"],
    message: "The default language must be one of the languages offered",
  });

const wholeNumber = (min: number, max: number, what: string) =>
  z.preprocess(
    numberFromText,
    z
      .number(`Enter ${what}`)
      .int(`Enter a whole number of ${what}`)
      .min(min, `At least ${min}`)
      .max(max, `At most ${max}`),
  );

export const ZPoliciesInput = z.object({
  chargeLeadDays: wholeNumber(1, 30, "days"),
  defaultRetryDays: wholeNumber(0, 14, "days"),
  captureWarningDays: wholeNumber(1, 30, "days"),
  dunningEmailEnabled: z.boolean(),
  // Empty: never stop an agreement for failed payments.
  dunningStopAfterFailures: z.preprocess(blankToNull, wholeNumber(1, 12, "failed charges").nullable()),
  refundAdminThreshold: z.preprocess(
    blankToNull,
    storableText()
      .nullable()
      .transform((raw, ctx) => {
        if (raw === null) return null;
        const minor = parseMoney(raw);
        if (minor === null || minor < 100) {
          ctx.addIssue({
            code: "custom",
            message: "Enter an amount of at least 1.00, like 1000 (or leave it empty)",
          });
          return z.NEVER;
        }
        if (minor > MAX_STORED_MINOR) {
          ctx.addIssue({ code: "custom", message: "That amount is too large" });
          return z.NEVER;
        }
        return minor;
      }),
  ),
  stopRequiresAdmin: z.boolean(),
});

const ORG_NUMBER_HINT = {
  NO: "Enter the 9-digit organisation number, like 923 609 016 (its check digit must match)",
  DK: "Enter the 8-digit CVR number, like 12345678",
  FI: "Enter the Y-tunnus, like 1234567-8 (its check digit must match)",
} as const;
const POSTAL_CODE = { NO: /^\d{4}$/, DK: /^\d{4}$/, FI: /^\d{5}$/ } as const;

/** The seller printed on receipts: what each market's bookkeeping rules require (README "Receipts"). */
export const ZCompanyDetailsInput = z
  .object({
    legalName: storableText()
      .trim()
      .min(1, "Enter the company's registered name")
      .max(100, "At most 100 characters"),
    addressLine: storableText().trim().min(1, "Enter the street address").max(100, "At most 100 characters"),
    postalCode: storableText().trim().max(10, "At most 10 characters"),
    city: storableText().trim().min(1, "Enter the town or city").max(60, "At most 60 characters"),
    companyCountry: z.enum(["NO", "DK", "FI"], "Choose the country where the company is registered"),
    orgNumber: storableText().trim().max(30, "At most 30 characters"),
    vatRegistered: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (!POSTAL_CODE[v.companyCountry].test(v.postalCode))
      ctx.addIssue({
        code: "custom",
        path: ["postalCode"],
        message:
          v.companyCountry === "FI" ? "Enter the 5-digit postal code" : "Enter the 4-digit postal code",
      });
    if (!normalizeOrgNumber(v.companyCountry, v.orgNumber))
      ctx.addIssue({ code: "custom", path: ["orgNumber"], message: ORG_NUMBER_HINT[v.companyCountry] });
  })
  .transform((v) => ({ ...v, orgNumber: normalizeOrgNumber(v.companyCountry, v.orgNumber)! }));

export const ZInviteStaffInput = z.object({
  email: ZEmail,
  name: ZPersonName,
  role: z.enum(["SUPPORT", "ADMIN"], "Choose a role"),
});
export const ZChangeRoleInput = z.object({ userId: ZId, role: z.enum(["SUPPORT", "ADMIN"]) });
export const ZSetDisabledInput = z.object({ userId: ZId, disabled: z.boolean() });

export type TProductFormInput = z.infer<typeof ZProductForm>;
export type TSalesUnitKeysInput = z.infer<typeof ZSalesUnitKeysInput>;
export type TMerchantProfileInput = z.infer<typeof ZMerchantProfileInput>;
export type TPoliciesInput = z.infer<typeof ZPoliciesInput>;
export type TCompanyDetailsInput = z.output<typeof ZCompanyDetailsInput>;
