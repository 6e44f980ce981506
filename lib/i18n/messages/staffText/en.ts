// Staff-facing text built in lib/ and shown on staff pages: the support work lists, the go-live
// checklist document (page, Markdown and PDF), sentence builders (why an agreement stopped, why a
// charge failed) and the support forms' field errors. English is the source of keys; nb, da and fi
// must have the same keys and placeholders. Codes, ids and Vipps's own words stay as they are.
export const staffTextEn = {
  workList: {
    columns: {
      orderId: "Order id",
      customer: "Customer",
      product: "Product",
      amount: "Amount",
      due: "Due",
      reason: "Failure reason",
      detail: "Detail",
      status: "Status",
      capturable: "Still capturable",
      deadline: "Capture deadline",
      agreement: "Agreement",
      vippsAgreementId: "Vipps agreement id",
      phone: "Phone",
      created: "Created",
      time: "Time",
      operation: "Operation",
      request: "Request",
      problem: "Problem",
      idempotencyKey: "Idempotency-Key",
      queue: "Queue",
      failed: "Failed",
      attempts: "Attempts",
      error: "Error",
      job: "Job id",
    },
    failedCharges: {
      title: "Failed charges",
      description: "Charges Vipps MobilePay could not take, or refused to create. Newest due date first.",
    },
    awaitingCapture: {
      title: "Reserved, awaiting capture",
      description:
        "Reservations to capture (on delivery) or cancel before their deadline. Nearest deadline first.",
      deadlinePassed: "{date} (passed: released)",
    },
    pendingAgreements: {
      title: "Pending agreements",
      description:
        "Agreements waiting for the customer's approval in the app (they expire after 10 minutes at Vipps). Newest first.",
      notSentYet: "(not sent yet)",
    },
    vippsErrors: {
      title: "Recent Vipps errors",
      description:
        "Calls to Vipps MobilePay that ended in an error status or got no answer, as Vipps answered them. Newest first.",
      noAnswer: "no answer",
    },
    failedJobs: {
      title: "Failed background jobs",
      descriptionForAdmin:
        "Background jobs that used up their retries. Newest first; run them again on the System page.",
      description:
        "Background jobs that used up their retries. Newest first; an admin can run them again on the System page.",
    },
  },

  // Why an agreement stopped (Agreement.stopCause), for support; the actor code stays as Vipps gives it.
  stopExplanation: {
    cause: {
      CUSTOMER: "The customer stopped it in their account",
      USER_IN_APP: "The customer stopped it in the Vipps MobilePay app",
      STAFF: "Stopped by staff (or at the end of the paid period they set)",
      FAILED_PAYMENT: "Stopped by dunning: payments did not go through",
      VIPPS_ADMIN: "Stopped by Vipps MobilePay: the customer's Vipps profile was deleted",
      REJECTED: "The customer declined it in the app",
      EXPIRED: "Not approved in time: Vipps MobilePay let it expire",
    },
    withActor: "{why} (actor {actor})",
    onlyActor: "Stopped (actor {actor})",
  },

  // Vipps's failureReason for support: the words (charges.failureReason) with Vipps's value beside them.
  failureReason: "{words} ({code})",

  // The support forms' field errors: lib/schemas/support gives these keys, the form shows the words.
  fixFields: "Nothing was saved or sent. Fix the fields marked below.",
  fieldErrors: {
    reasonRequired: "Write why you are doing this; it goes in the audit log",
    reasonTooShort: "Write why you are doing this (at least {min} characters); it goes in the audit log",
    max500: "At most 500 characters",
    max400: "At most 400 characters",
    max100: "At most 100 characters",
    max45: "At most 45 characters",
    amountRequired: "Enter an amount",
    amountAboveZero: "The amount must be above zero",
    amountFormat: "Enter an amount like 149.50 (numbers only, at most two decimals)",
    amountTooLarge: "That amount is too large",
    amountAtMost: "At most {amount}",
    amountAtLeast: "At least {amount}",
    refundDescription: "Write what the customer will see (1 to 100 characters)",
    chooseRefundReason: "Choose why you are refunding",
    refundDetails: "Say what happened (at least {min} characters); it goes in the audit log",
    intervalCount: "A whole number from 1 to 31",
    atLeast1: "At least 1",
    atMost31: "At most 31",
    chooseChargeType: "Choose recurring or unscheduled",
    chargeDescription: "Write what the customer will see (1 to 45 characters)",
    retryDays: "0 to 14 days",
    chooseDueDate: "Choose a due date",
    badText: "Remove the invisible or broken characters (a NUL character or half an emoji) and try again",
  },

  checklist: {
    status: { met: "Met", missing: "Missing", notYet: "Not yet" },
    at: "{time} UTC",
    never: "never",
    none: "-",
    title: "Vipps MobilePay Recurring API: go-live checklist for {merchant}",
    salesUnit: "Sales unit: {name} (MSN {msn}, {market}, {environment} environment, {baseUrl})",
    environment: { TEST: "test", PRODUCTION: "production" },
    generated: "Generated: {time} from Abo's own records (call log, webhooks, audit log).",
    verification: {
      title: "Test-environment verification",
      requirement:
        "Show agreements ending ACTIVE and STOPPED, and RECURRING charges ending CHARGED and REFUNDED, in the test environment.",
      run: "Run {id}: {status}, started {started}{finished}.{error}",
      finished: ", finished {time}",
      error: " Error: {error}",
      head: {
        step: "Step",
        expected: "Expected",
        endState: "End state",
        vippsAgreementId: "Vipps agreement id",
        orderId: "orderId (chargeId)",
        result: "Result",
      },
      extra: "{title} (extra)",
      noSteps: "No steps recorded.",
      notRun: "Not run yet: use “{button}” on the checklist page.",
      steps: {
        "agreement-active": "An agreement ending ACTIVE (force accepted with the test user)",
        "agreement-stopped": "An agreement ending STOPPED (accepted, then stopped by the merchant)",
        "agreement-updated": "Update agreement (product description changed)",
        "charge-cancelled": "A RECURRING charge cancelled before its due date",
        "charge-charged": "A RECURRING charge ending CHARGED (reserved by the batch, captured)",
        "charge-refunded": "A RECURRING charge ending REFUNDED (charged, then refunded in full)",
      },
    },
    endpoints: {
      title: "Endpoints",
      requirement:
        "Create, get, update (incl. stop) agreement; list charges; create, get, cancel, refund and capture charge.",
      head: {
        endpoint: "Endpoint",
        request: "Request",
        calls: "Calls OK / failed ({days} days)",
        examples: "Recent orderIds / agreement ids",
        last: "Last success",
      },
      label: {
        "create-agreement": "Create agreement",
        "get-agreement": "Get agreement",
        "update-agreement": "Update agreement (incl. stop)",
        "list-charges": "List charges",
        "create-charge": "Create charge",
        "get-charge": "Get charge",
        "cancel-charge": "Cancel charge",
        "capture-charge": "Capture charge",
        "refund-charge": "Refund charge",
      },
    },
    headers: {
      title: "Standard headers on every call",
      requirement:
        "Merchant-Serial-Number and the Vipps-System-Name, -Version, -Plugin-Name and -Plugin-Version headers.",
      carried: "{carried} of the last {checked} calls carried all five headers.",
      notSeen: "(not seen)",
    },
    idempotency: {
      title: "Idempotency-Key on every change",
      requirement:
        "POST, PATCH and DELETE calls carry an Idempotency-Key, stored before the call and reused on retries.",
      text: "{count} changing calls without a key in the last {days} days. Keys are stored with each operation (VippsOperation) and charge before the call is made.",
    },
    errors: {
      title: "Error handling and logging",
      requirement:
        "Log endpoint, headers, body and full error responses; show errors to customers and staff.",
      text: "Every call is stored with its redacted headers, body, status and Vipps's problem details (VippsCall); staff see them in the support console, as they came.",
      head: {
        time: "Time",
        operation: "Operation",
        status: "Status",
        problem: "Problem",
        detail: "Detail",
        orderId: "orderId",
      },
      noAnswer: "no answer",
      none: "No failed calls recorded in the period.",
    },
    polling: {
      title: "Polling, never trusting the redirect",
      requirement:
        "Determine outcomes by polling GET agreement (and charges) as well as webhooks; the redirect may never come.",
      text: "GET agreement called {agreements} times and GET charge {charges} times in the last {days} days; Abo polls a new agreement from 5 seconds after the redirect, with backoff.",
    },
    webhooks: {
      title: "Webhooks",
      requirement: "Receive the recurring webhooks (HMAC-verified) in addition to polling.",
      atVipps:
        "At Vipps MobilePay (read {time}): registration {id} delivers {count} events to {url}, as Abo expects.",
      notMet: "Not met (read from Vipps MobilePay {time}): {problem}",
      record:
        "Abo's record: {url} ({time}). Vipps holds {registrations} registrations for this sales unit, at most {most} of 25 for one event. Last event received: {last}.",
      notRegistered: "not registered",
      lastEvent: "{type} at {time}",
      noLastEvent: "none",
      noEvents: "No events received in the period.",
    },
    selfService: {
      title: "Self-service management at merchantAgreementUrl",
      requirement:
        "Each agreement links to a page where the customer sees and changes or stops their subscription.",
      text: "Last merchantAgreementUrl sent: {url}. User stops handled: {stops} agreements stopped by the user in the app.",
      noDraft: "(no agreement drafted yet)",
    },
    terms: {
      title: "Terms accepted before the agreement",
      requirement: "Collect explicit acceptance of the merchant's terms before initiating an agreement.",
      text: "Terms: {url}. {count} agreements record the time the terms were accepted.",
      noUrl: "(no terms URL set)",
    },
    backOffice: {
      title: "Capture, cancel and refund in the back office",
      requirement: "Support handles captures, cancellations, refunds and stops without the Vipps portal.",
      text: "Support console actions in the last {days} days (each audited with who, why and the Idempotency-Key): capture {capture}, cancel {cancel}, refund {refund}, stop {stop}.",
    },
    chargeTiming: {
      title: "Charges created early, with retry days",
      requirement: "Create charges at least a day ahead (ideally weeks) and give them at least 2 retry days.",
      text: "Charges are planned {lead} days before they are due, with {retry} retry days.",
    },
    branding: {
      title: "Brand name and buttons follow the market",
      requirement:
        "Buttons, texts, emails and receipts name the customer's app (Vipps or MobilePay) in its own colour, as the brand guidelines give it.",
      text: "This sales unit ({market}) shows {brand} now. {change}",
      norway: "Norway has always shown Vipps.",
      change:
        "MobilePay becomes Vipps in Denmark and Finland on 12 January 2027: Abo shows MobilePay until {time} (midnight in Copenhagen) and Vipps from then, with the blue colour unchanged. Agreements, keys and webhooks are not touched.",
    },
    secrets: {
      title: "Secrets on the server, tokens cached",
      requirement: "Keep keys server-side, cache access tokens, use test keys in development.",
      text: "Credentials are encrypted at rest and never sent to browsers; access tokens are cached until shortly before they expire; the call log stores headers with credentials and tokens redacted.",
    },
  },
} as const;
