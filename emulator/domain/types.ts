// The emulator's own model of the Recurring world. Times are epoch milliseconds of the emulator clock
// unless a name says otherwise; the wire format (ISO strings, string numbers) lives in views.ts.

export type Market = "NO" | "DK" | "FI";
export type Currency = "NOK" | "DKK" | "EUR";

export type Merchant = {
  msn: string;
  name: string;
  market: Market;
  currency: Currency;
  clientId: string;
  clientSecret: string;
  subscriptionKey: string;
  allowUnscheduled: boolean;
  directCapture: boolean;
  skipLandingPage: boolean;
  /** Days a reservation may be captured: 180 in Norway, 14 for MobilePay unless "late capture" is granted. */
  captureDeadlineDays: number;
};

export type UserOutcome = "ok" | "card_declined" | "insufficient_funds" | "under_18" | "initial_charge_fails";

export type TestUser = {
  phoneNumber: string;
  name: string;
  email: string;
  birthDate: string;
  market: Market;
  outcome: UserOutcome;
  /** insufficient_funds only: attempts succeed from this many days after a charge's first attempt. */
  recoverAfterDays: number;
  sub: string;
  address: { streetAddress: string; postalCode: string; region: string; country: Market };
  nin: string;
  /** Emulator time the user deleted their Vipps profile (`/_emulator/users/:phone/delete`). */
  deletedAt?: number | null;
};

export type AgreementStatus = "PENDING" | "ACTIVE" | "STOPPED" | "EXPIRED";
export type PricingType = "LEGACY" | "VARIABLE" | "FLEXIBLE";
export type PeriodUnit = "YEAR" | "MONTH" | "WEEK" | "DAY";
export type Period = { unit: PeriodUnit; count: number };
export type Actor = "MERCHANT" | "USER" | "ADMIN";

export type Pricing = {
  type: PricingType;
  currency: Currency;
  amount?: number;
  suggestedMaxAmount?: number;
  maxAmount?: number;
};

export type CampaignType = "PRICE_CAMPAIGN" | "PERIOD_CAMPAIGN" | "EVENT_CAMPAIGN" | "FULL_FLEX_CAMPAIGN";

export type Campaign = {
  type: CampaignType;
  price: number;
  /** ms; PRICE/FULL_FLEX given by the merchant, PERIOD computed from the start. */
  end?: number;
  period?: Period;
  eventDate?: number;
  eventText?: string;
  interval?: Period;
};

export type PendingDecision = { decision: "approve" | "reject"; phoneNumber: string; maxAmount?: number };

export type Agreement = {
  id: string;
  uuid: string;
  msn: string;
  status: AgreementStatus;
  productName: string;
  productDescription?: string;
  pricing: Pricing;
  /** null = FLEXIBLE interval ("pay per use"). */
  interval: Period | null;
  campaign: Campaign | null;
  created: number;
  start: number | null;
  stop: number | null;
  merchantAgreementUrl?: string;
  merchantRedirectUrl: string;
  externalId?: string;
  countryCode: Market;
  /** Prefill for the landing page, as drafted. */
  phoneNumber: string | null;
  /** The user who approved. */
  userPhoneNumber: string | null;
  scope: string | null;
  sub: string | null;
  consentAt: number | null;
  isApp: boolean;
  skipLandingPage: boolean;
  confirmationToken: string;
  initialChargeId: string | null;
  stopActor: Actor | null;
  /** A decision made on the landing page, applied a moment later so merchants must poll. */
  pendingDecision: PendingDecision | null;
};

export type ChargeStatus =
  | "PENDING"
  | "DUE"
  | "PROCESSING"
  | "RESERVED"
  | "CHARGED"
  | "PARTIALLY_CAPTURED"
  | "FAILED"
  | "CANCELLED"
  | "PARTIALLY_REFUNDED"
  | "REFUNDED";

export type ChargeType = "INITIAL" | "RECURRING" | "UNSCHEDULED";
export type TransactionType = "DIRECT_CAPTURE" | "RESERVE_CAPTURE";
export type ProcessingMode = "MULTIPLE_ATTEMPTS" | "SINGLE_ATTEMPT";
export type FailureReason =
  "user_action_required" | "charge_amount_too_high" | "non_technical_error" | "technical_error";
export type ChargeEventKind = "CREATE" | "RESERVE" | "CAPTURE" | "REFUND" | "CANCEL" | "FAIL";

export type ChargeEvent = {
  occurred: number;
  event: ChargeEventKind;
  amount: number;
  idempotencyKey: string;
  success: boolean;
};

export type Charge = {
  id: string;
  msn: string;
  agreementId: string;
  amount: number;
  currency: Currency;
  description: string;
  /** YYYY-MM-DD; for INITIAL and UNSCHEDULED charges the creation date. */
  due: string;
  status: ChargeStatus;
  type: ChargeType;
  transactionType: TransactionType;
  retryDays: number;
  processingMode: ProcessingMode;
  transactionId: string | null;
  externalId: string | null;
  failureReason: FailureReason | null;
  failureDescription: string | null;
  captured: number;
  refunded: number;
  cancelled: number;
  history: ChargeEvent[];
  created: number;
  /** Day number (UTC days since epoch) of the first processing attempt. */
  firstAttemptDay: number | null;
  nextAttemptAt: number | null;
  reservedAt: number | null;
  capturedAt: number | null;
  /** Magic amount 201: result unknown until this time. */
  processingUntil: number | null;
};

export type WebhookRegistration = {
  id: string;
  msn: string;
  url: string;
  events: string[];
  secret: string;
  created: number;
  /** Wall-clock ms of the first failed attempt since the last delivered one; null while healthy. */
  failingSince?: number | null;
};

export type DeliveryStatus = "pending" | "delivered" | "failed" | "dropped";

export type Delivery = {
  id: string;
  registrationId: string;
  msn: string;
  eventType: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  /** Wall-clock ms. */
  createdAt: number;
  nextAttemptAt: number;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: number | null;
  /** Extra copies sent by the duplicate-webhook fault. */
  duplicates: number;
  /** Order of creation, the order deliveries are sent in per registration. */
  seq: number;
};

export type BulkItem = {
  agreementId: string;
  amount: number;
  transactionType: TransactionType;
  description: string;
  due: string;
  retryDays: number;
  orderId: string;
  externalId?: string;
};

export type BulkJob = { id: string; msn: string; idempotencyKey: string; items: BulkItem[]; created: number };

export type IdempotencyRecord = {
  fingerprint: string;
  status: number;
  body: string;
  contentType: string | null;
  at: number;
};
