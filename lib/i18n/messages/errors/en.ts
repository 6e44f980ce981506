// The messages of expected errors (AppError, lib/errors.ts), in English: the source of keys, the text
// of AppError.message (so logs and audit entries stay English) and what end-to-end tests read.
// A message is shown in the reader's language where it leaves the server (the action client, route
// answers). Keys are flat; a placeholder may hold another key's message ({what}, {status}).
// Near-duplicates ("Charge not found." / "Charge was not found.") keep today's wording per caller.
export const errorsEn = {
  // Generic
  internal: "Something went wrong on our side. Nothing was changed; please try again.",
  signInAgain: "Please sign in again.",
  pleaseSignIn: "Please sign in.",
  signInFirst: "Sign in first.",
  notFound: "Not found.",
  needsAdminRole: "This needs the admin role.",
  fieldsNeedAnotherLook: "Some fields need another look.",
  fieldsNeedALook: "Some fields need a look.",
  nothingWasSaved: "Nothing was saved.",
  nothingWasChanged: "Nothing was changed.",
  noMerchantYet: "This installation has no merchant yet: finish /setup first.",

  // Not found
  salesUnitNotFound: "Sales unit not found.",
  salesUnitWasNotFound: "Sales unit was not found.",
  theSalesUnitWasNotFound: "The sales unit was not found.",
  productNotFound: "That product was not found.",
  staffMemberNotFound: "That staff member was not found.",
  subscriptionNotFound: "We could not find that subscription.",
  agreementNotFound: "Agreement not found.",
  agreementWasNotFound: "Agreement was not found.",
  chargeNotFound: "Charge not found.",
  chargeWasNotFound: "Charge was not found.",
  theChargeWasNotFound: "The charge was not found.",
  customerWasNotFound: "Customer was not found.",
  jobNotFound: "That job was not found.",

  // Vipps MobilePay's answers ({detail} is Vipps's own text, never translated)
  vippsSlowDown: "Vipps MobilePay asks us to slow down. Please try again in a minute.",
  vippsNotAnswering: "Vipps MobilePay is not answering properly right now. Please try again shortly.",
  vippsUnreachable:
    "We could not reach Vipps MobilePay. Nothing was lost: we will finish this automatically.",
  vippsSaidNo: "Vipps MobilePay said no: {detail}",
  vippsSaidNoBecause: "Vipps MobilePay said no: {detail} ({reasons})",
  vippsRequestRefused: "The request was refused.",
  vippsRefusedShort: "refused",
  vippsNoReason: "no reason given.",
  vippsRefusedCapture: "Vipps MobilePay refused to capture: {detail}{readAgain}",
  vippsRefusedRefund: "Vipps MobilePay refused to refund: {detail}{readAgain}",
  vippsRefusedCancel: "Vipps MobilePay refused to cancel: {detail}{readAgain}",
  vippsRefusedOther: "Vipps MobilePay refused to do that: {detail}{readAgain}",
  // Follows the refusal directly, so it starts with a space in every language.
  chargeReadAgain: " Abo has read the charge again: it is {status}.",
  inProgressSlowDown:
    "In progress: Vipps MobilePay asked us to slow down. It is stored and Abo sends it again automatically within a few minutes, exactly once. Do not send it again.",
  inProgressUnconfirmed:
    "In progress: Vipps MobilePay has not confirmed it yet. It is stored and Abo sends it again automatically within a few minutes, exactly once. Do not send it again.",

  // Admin: shop, staff, products, onboarding
  setUpShopFirst: "Set up the shop first (/setup).",
  shopAlreadySetUp: "This shop is already set up. Sign in instead.",
  inviteUsedOrExpired: "This invitation link is used or has expired. Ask an admin for a new one.",
  cannotChangeOwnAccount: "You cannot change your own account here; ask another admin.",
  needsOneAdmin: "The shop needs at least one enabled admin.",
  productChangedJustNow: "Someone changed this product just now; reload and try again.",
  fixProductBeforeLaunch: "Fix the product before launching it: {problem}",
  connectTestSalesUnitFirst:
    "Connect a test sales unit for {markets} first (Onboarding), or stop selling there.",
  connectProductionSalesUnitFirst:
    "Connect a production sales unit for {markets} first (Onboarding), or stop selling there.",
  beforeGoingLive: "Before going live: {problems}.",
  msnTaken: "Another shop has connected MSN {msn} already.",
  verificationRunning:
    "A go-live verification is already running for this sales unit. Its result shows on this page when it is done.",
  verificationTestOnly:
    "The go-live verification runs against a test sales unit only: it force-accepts agreements with a test user, which only the test environment has.",
  jobNotFailed: "That job is not failed any more (it is {state}); nothing was changed.",
  jobNotQueued: "That job could not be queued again; nothing was changed.",

  // Subscriptions (agreements)
  customerOnly: "Only a signed-in customer can do this.",
  notOnSale: "This subscription is not on sale.",
  noSalesUnitInCountry: "This shop cannot take subscriptions in this country yet.",
  acceptTerms: "Please accept the terms to continue.",
  tooManySignUps: "Too many sign-ups from here. Please try again in a few minutes.",
  chooseAmount: "Choose the amount.",
  chooseAmountWithinLimits: "Choose an amount within the limits.",
  chooseDate: "Choose a date.",
  chooseDateWithinYear: "Choose a date after today and within a year.",
  choosePlanShown: "Choose one of the plans shown.",
  fixedPrice: "This subscription has a fixed price; choose another plan instead.",
  planChangeNeedsActive: "Only an active subscription that is not ending can change plan.",
  planChangeAfterOffer: "The plan can be changed when the offer ends.",
  paymentsChangedJustNow: "Your next payments changed just now; look at them again.",
  offerNoLongerAvailable: "This offer is no longer available for this subscription.",
  alreadyEnding: "This subscription is already set to end.",
  notEnding: "This subscription is not set to end.",
  endingCannotPause: "This subscription is set to end; it cannot be paused.",
  notPaused: "This subscription is not paused.",
  stopUndoTooLate:
    "The payment for the next period was already cancelled at Vipps, so this stop can no longer be undone here.",
  subscriptionChangedJustNow: "This subscription changed just now; reload and try again.",
  stopNeedsAdmin: "Stopping agreements needs the admin role.",
  awaitingApproval:
    "This agreement is still waiting for approval in the app; it cannot be changed until then.",
  agreementEnded: "This agreement has ended; an ended agreement cannot be changed or restarted.",
  alreadyInAccount: "This subscription is already in an account.",
  linkUsedOrExpired: "This link is used or has expired.",

  // Sign-in
  tooManySignInLinks: "Too many sign-in links were asked for from here.",
  enterEmailAgain: "Enter your email address again to get a new link.",
  passwordMismatch: "That email and password did not match.",

  // Charges
  chargesOnlyOnActive: "Charges can only be made on an active agreement.",
  notAtVippsYet: "This charge has not reached Vipps MobilePay yet, so there is nothing to change there.",
  notCancellable: "A charge that is {status} cannot be cancelled.",
  capturedDirectly: "Only reserved charges are captured on fulfilment; this one was charged directly.",
  captureTooLate:
    "Too late to capture: the deadline was {deadline} ({days} days after the reservation in {market}), and Vipps MobilePay has released the money to the customer.",
  refundTooLate:
    "Too late to refund: Vipps MobilePay refunds up to {days} days after capture, and this charge was captured on {captured} (last day {deadline}). Pay the customer back another way.",
  refundDescription: "Write a description of 1 to 100 characters; the customer sees it.",
  refundAboveLimit: "Refunds above {limit} on one charge need the admin role.",
  refundAboveLimitInTotal:
    "Refunds above {limit} on one charge, in total, need the admin role: {refunded} is already refunded on this charge, so at most {left} more without an admin.",
  amountAboveZero: "Enter an amount above zero.",
  nothingLeftToCapture: "There is nothing left to capture on this charge.",
  nothingLeftToRefund: "There is nothing left to refund on this charge.",
  atMostCapturable: "At most {amount} can be captured.",
  atMostRefundable: "At most {amount} can be refunded.",
  minimumCapture: "Vipps MobilePay accepts at least {amount} per capture.",
  minimumRefund: "Vipps MobilePay accepts at least {amount} per refund.",
  // {what} is one of the busy… phrases below.
  chargeBusy:
    "{what} on this charge is in progress: Vipps MobilePay has not confirmed it yet. Abo sends it again automatically, exactly once. Wait until it is done before you capture, refund or cancel again.",
  busyAnother: "Another capture, refund or cancellation",
  busyCapture: "A capture",
  busyCaptureOf: "A capture of {amount}",
  busyRefund: "A refund",
  busyRefundOf: "A refund of {amount}",
  busyCancellation: "A cancellation",
  busyCancellationOf: "A cancellation of {amount}",
  busyChange: "A change",
  busyChangeOf: "A change of {amount}",
  // A charge's status inside a sentence ("it is {status}").
  chargeStatusPENDING: "pending",
  chargeStatusDUE: "due",
  chargeStatusPROCESSING: "processing",
  chargeStatusRESERVED: "reserved",
  chargeStatusPARTIALLY_CAPTURED: "partially captured",
  chargeStatusCHARGED: "charged",
  chargeStatusFAILED: "failed",
  chargeStatusCANCELLED: "cancelled",
  chargeStatusPARTIALLY_REFUNDED: "partially refunded",
  chargeStatusREFUNDED: "refunded",
};
