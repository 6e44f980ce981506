import {
  answers,
  PROBE,
  type TActionAnswer,
  type TActionDeclaration,
  type TAnswers,
  type TIds,
} from "./types";

// Every server action, keyed "<file>#<export>" as the build's server-reference-manifest names it
// (inline "use server" functions: "<file>#$$RSC_SERVER_ACTION_<n>", in source order), and what each
// caller gets: anonymous, customer A, customer B on A's ids, support, admin.
// tests/access/declarations.test.ts fails when an action is added or removed without this file.

const everyone = answers("ok", "ok", "ok", "ok", "ok");
// customerAction: staff are told to sign in again; another customer's agreement is not found.
const ownerOnly = answers(
  "sign-in",
  "ok",
  "refused:NOT_FOUND",
  "refused:UNAUTHORIZED",
  "refused:UNAUTHORIZED",
);
// staffAction: customers get NOT_FOUND (staff pages do not exist for them).
const staff = answers("sign-in", "refused:NOT_FOUND", "refused:NOT_FOUND", "ok", "ok");
const admin = answers("sign-in", "refused:NOT_FOUND", "refused:NOT_FOUND", "refused:FORBIDDEN", "ok");

const account = (ids: TIds) => `/account/subscriptions/${ids.agreementA}`;
const agreement = (ids: TIds) => `/support/agreements/${ids.agreementA}`;
const charge = (ids: TIds) => `/support/charges/${ids.chargeA}`;
const reason = "Sent by the access matrix";
const customerAction = (name: string, input: (ids: TIds) => unknown): TActionDeclaration => ({
  name,
  page: account,
  input,
  probe: PROBE,
  answers: ownerOnly,
});
const staffAction = (
  name: string,
  page: (ids: TIds) => string,
  input: (ids: TIds) => unknown,
  who: TAnswers<TActionAnswer> = staff,
): TActionDeclaration => ({ name, page, input, probe: PROBE, answers: who });
const adminAction = (name: string, page: string, input: (ids: TIds) => unknown) =>
  staffAction(name, () => page, input, admin);

const SIGN_IN = "app/(auth)/sign-in/actions.ts";
const ACCOUNT = "app/account/subscriptions/[id]/actions.ts";
const AGREEMENT = "app/support/agreements/[agreementId]/actions.ts";
const CHARGE = "app/support/charges/[chargeId]/actions.ts";
const ONBOARDING = "app/admin/onboarding/actions.ts";
const PRODUCTS = "app/admin/products/actions.ts";
const SETTINGS = "app/admin/settings/actions.ts";
const SYSTEM = "app/admin/system/actions.ts";

export const ACTIONS: Record<string, TActionDeclaration> = {
  // Public: anyone may ask for a sign-in link or try a password (an empty form is refused at the fields).
  [`${SIGN_IN}#sendSignInLinkAction`]: {
    name: "sendSignInLink",
    page: () => "/sign-in",
    input: () => ({}),
    answers: everyone,
  },
  // An empty form names no address (and the caller's cookie, if any, is not checked): a message, nothing sent.
  [`${SIGN_IN}#resendSignInLinkAction`]: {
    name: "resendSignInLink",
    page: () => "/sign-in/check-email",
    input: () => ({}),
    answers: everyone,
  },
  [`${SIGN_IN}#staffSignInAction`]: {
    name: "staffSignIn",
    page: () => "/staff/sign-in",
    input: () => ({}),
    answers: everyone,
  },
  "lib/actions/locale.ts#setLocaleAction": {
    name: "setLocale",
    page: () => "/",
    input: () => PROBE,
    answers: everyone,
  },
  "app/products/[slug]/actions.ts#startSubscriptionAction": {
    name: "startSubscription",
    page: (ids) => `/products/${ids.productSlug}`,
    input: () => PROBE,
    answers: everyone,
  },
  // Public: the mailed token is the credential.
  "app/subscribe/claim/[token]/actions.ts#confirmSignUpClaimAction": {
    name: "confirmSignUpClaim",
    page: () => "/subscribe/claim/no-such-claim-token-at-all",
    input: () => ({ token: "no-such-claim-token-at-all" }),
    answers: answers(
      "refused:NOT_FOUND",
      "refused:NOT_FOUND",
      "refused:NOT_FOUND",
      "refused:NOT_FOUND",
      "refused:NOT_FOUND",
    ),
  },
  // Public, but only while the shop has no admin.
  "app/setup/actions.ts#createFirstAdminAction": {
    name: "createFirstAdmin",
    page: () => "/setup",
    input: () => ({
      merchantName: "Taken over",
      name: "Intruder",
      email: "intruder@access.example",
      password: "a long enough password",
    }),
    answers: answers(
      "refused:CONFLICT",
      "refused:CONFLICT",
      "refused:CONFLICT",
      "refused:CONFLICT",
      "refused:CONFLICT",
    ),
  },
  // Public: the invitation token is the credential.
  "app/setup/invite/[token]/actions.ts#acceptInviteAction": {
    name: "acceptInvite",
    page: () => "/setup/invite/no-such-invitation-token",
    input: () => ({
      token: "no-such-invitation-token",
      name: "Intruder",
      password: "a long enough password",
    }),
    answers: answers(
      "refused:NOT_FOUND",
      "refused:NOT_FOUND",
      "refused:NOT_FOUND",
      "refused:NOT_FOUND",
      "refused:NOT_FOUND",
    ),
  },

  [`${ACCOUNT}#stopSubscriptionAction`]: customerAction("stopSubscription", (ids) => ({
    agreementId: ids.agreementA,
    when: "NOW",
    reason,
  })),
  [`${ACCOUNT}#stopOfferAction`]: customerAction("stopOffer", (ids) => ({ agreementId: ids.agreementA })),
  [`${ACCOUNT}#acceptStopOfferAction`]: customerAction("acceptStopOffer", (ids) => ({
    agreementId: ids.agreementA,
    offer: "PAUSE",
  })),
  [`${ACCOUNT}#undoStopAction`]: customerAction("undoStop", (ids) => ({ agreementId: ids.agreementA })),
  [`${ACCOUNT}#pauseSubscriptionAction`]: customerAction("pauseSubscription", (ids) => ({
    agreementId: ids.agreementA,
    until: ids.pauseUntil,
  })),
  [`${ACCOUNT}#previewPauseAction`]: customerAction("previewPause", (ids) => ({
    agreementId: ids.agreementA,
    until: ids.pauseUntil,
  })),
  [`${ACCOUNT}#resumeSubscriptionAction`]: customerAction("resumeSubscription", (ids) => ({
    agreementId: ids.agreementA,
  })),
  [`${ACCOUNT}#changePlanAction`]: customerAction("changePlan", (ids) => ({
    agreementId: ids.agreementA,
    productSlug: ids.productSlug,
  })),
  [`${ACCOUNT}#previewPlanChangeAction`]: customerAction("previewPlanChange", (ids) => ({
    agreementId: ids.agreementA,
    productSlug: ids.productSlug,
  })),
  [`${ACCOUNT}#changeAmountAction`]: customerAction("changeAmount", (ids) => ({
    agreementId: ids.agreementA,
    amount: "1",
  })),

  [`${AGREEMENT}#updateAgreementAction`]: staffAction("support.update-agreement", agreement, (ids) => ({
    agreementId: ids.agreementA,
    productName: "Hijacked",
    reason,
  })),
  [`${AGREEMENT}#stopAgreementAction`]: staffAction("support.stop-agreement", agreement, (ids) => ({
    agreementId: ids.agreementA,
    reason,
  })),
  [`${AGREEMENT}#createChargeAction`]: staffAction("support.create-charge", agreement, (ids) => ({
    agreementId: ids.agreementA,
    type: "UNSCHEDULED",
    amount: "1",
    description: "Access matrix",
    reason,
  })),
  [`${AGREEMENT}#refreshAgreementAction`]: staffAction("support.refresh-agreement", agreement, (ids) => ({
    agreementId: ids.agreementA,
  })),
  [`${CHARGE}#refundChargeAction`]: staffAction("support.refund-charge", charge, (ids) => ({
    chargeId: ids.chargeA,
    amount: "1",
    description: "Access matrix",
    reason,
  })),
  [`${CHARGE}#captureChargeAction`]: staffAction("support.capture-charge", charge, (ids) => ({
    chargeId: ids.chargeA,
    amount: "1",
    reason,
  })),
  [`${CHARGE}#cancelChargeAction`]: staffAction("support.cancel-charge", charge, (ids) => ({
    chargeId: ids.chargeA,
    reason,
  })),
  [`${CHARGE}#refreshChargeAction`]: staffAction("support.refresh-charge", charge, (ids) => ({
    chargeId: ids.chargeA,
  })),
  "app/support/checklist/actions.ts#runChecklistAction": staffAction(
    "support.run-checklist",
    () => "/support/checklist",
    (ids) => ({ salesUnitId: ids.salesUnitId }),
    admin,
  ),

  [`${ONBOARDING}#connectSalesUnitAction`]: adminAction("connectSalesUnit", "/admin/onboarding", () => ({
    environment: "TEST",
    market: "NO",
    name: "Hijacked",
    msn: "999999",
    clientId: "stolen",
    clientSecret: "stolen",
    subscriptionKey: "stolen",
  })),
  [`${ONBOARDING}#checkConnectionAction`]: adminAction("checkConnection", "/admin/onboarding", (ids) => ({
    salesUnitId: ids.salesUnitId,
  })),
  [`${ONBOARDING}#registerWebhooksAction`]: adminAction("registerWebhooks", "/admin/onboarding", (ids) => ({
    salesUnitId: ids.salesUnitId,
  })),
  [`${ONBOARDING}#runGoLiveCheckAction`]: adminAction("runGoLiveCheck", "/admin/onboarding", (ids) => ({
    salesUnitId: ids.salesUnitId,
  })),
  [`${ONBOARDING}#setEnvironmentAction`]: adminAction("setEnvironment", "/admin/onboarding", () => ({
    environment: "PRODUCTION",
  })),
  [`${PRODUCTS}#saveProductAction`]: adminAction("saveProduct", "/admin/products/new", (ids) => ({
    productId: ids.productId,
    form: {},
  })),
  [`${PRODUCTS}#launchProductAction`]: adminAction("launchProduct", "/admin/products", (ids) => ({
    productId: ids.productId,
  })),
  [`${PRODUCTS}#archiveProductAction`]: adminAction("archiveProduct", "/admin/products", (ids) => ({
    productId: ids.productId,
  })),
  [`${SETTINGS}#updateMerchantProfileAction`]: adminAction(
    "updateMerchantProfile",
    "/admin/settings",
    () => ({
      name: "Hijacked",
    }),
  ),
  [`${SETTINGS}#updateCompanyDetailsAction`]: adminAction("updateCompanyDetails", "/admin/settings", () => ({
    legalName: "Hijacked AS",
    addressLine: "Gate 1",
    postalCode: "0150",
    city: "Oslo",
    companyCountry: "NO",
    orgNumber: "923609016",
    vatRegistered: true,
  })),
  [`${SETTINGS}#updateBrandingAction`]: adminAction("updateBranding", "/admin/settings", () => ({
    brandColor: "not a colour",
    logo: "",
    removeLogo: true,
  })),
  [`${SETTINGS}#updatePoliciesAction`]: adminAction("updatePolicies", "/admin/settings", () => ({
    chargeLeadDays: 1,
    defaultRetryDays: 0,
    captureWarningDays: 1,
    dunningEmailEnabled: false,
    dunningStopAfterFailures: null,
    refundAdminThreshold: null,
  })),
  [`${SETTINGS}#inviteStaffAction`]: adminAction("inviteStaff", "/admin/settings", () => ({
    email: "intruder@access.example",
    name: "Intruder",
    role: "ADMIN",
  })),
  [`${SETTINGS}#changeStaffRoleAction`]: adminAction("changeStaffRole", "/admin/settings", (ids) => ({
    userId: ids.supportUserId,
    role: "ADMIN",
  })),
  [`${SETTINGS}#setStaffDisabledAction`]: adminAction("setStaffDisabled", "/admin/settings", (ids) => ({
    userId: ids.supportUserId,
    disabled: true,
  })),
  [`${SYSTEM}#retryFailedJobAction`]: adminAction("retryFailedJob", "/admin/system", () => ({
    queue: "billing.run",
    jobId: "00000000-0000-4000-8000-000000000000",
  })),
  [`${SYSTEM}#checkVippsTokensAction`]: adminAction("checkVippsTokens", "/admin/system", () => ({})),

  // Sign-out, inline in the header on every page: anyone may, and it ends the session, so it runs last.
  "components/layout/sign-out-button.tsx#$$RSC_SERVER_ACTION_0": {
    page: () => "/",
    input: () => undefined,
    endsSession: true,
    answers: answers("redirect", "redirect", "redirect", "redirect", "redirect"),
  },
};
