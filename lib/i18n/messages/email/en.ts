// Every email Abo sends, in English (the source of keys; nb, da and fi must have the same keys and
// placeholders). One renderer (lib/email/render-email.ts) turns these into the HTML and text parts.
export const emailEn = {
  greeting: "Hi {name},",
  greetingNoName: "Hi,",
  contact: "Questions? Contact {shop} at {contact}.",
  contactNoAddress: "Questions? Contact {shop}.",
  manage: "Manage your subscription",
  why: "You get this email because you have a subscription with {shop}.",
  signInLink: {
    subject: "Your sign-in link",
    intro: "Use this link to sign in and manage your subscriptions. It works once, for 15 minutes.",
    action: "Sign in",
    ignore: "If you did not ask for it, you can ignore this email.",
  },
  signUpClaim: {
    subject: "Add {product} to your account?",
    intro:
      "Someone started a subscription to {product} at {shop} with this email address. If it was you, use this link to add it to your account. It works for {days} days.",
    action: "Add it to my account",
    ignore:
      "If it was not you, ignore this email: nothing is added to your account, and nothing is charged to you.",
  },
  signupConfirmed: {
    subject: "Your subscription to {product} has started",
    intro: "Thank you! Your subscription to {product} from {shop} has started. This is what you agreed to:",
    price: "Price: {price}",
    firstCharge: "First payment: {date}",
    paidWith: "Paid with {brand}. You can see and stop the agreement in {brand} too.",
    terms: "Terms of sale",
  },
  receipt: {
    subject: "Receipt for {product}",
    intro: "We have received {amount} for {product} from {shop} on {date}.",
    attached: "The receipt is attached as a PDF.",
    action: "View the receipt",
  },
  renewalNotice: {
    subject: "Your subscription to {product} renews on {date}",
    intro:
      "Your yearly subscription to {product} renews on {date}, and {amount} will then be charged with {brand}.",
    introNoAmount:
      "Your yearly subscription to {product} renews on {date}, and the next year will then be charged with {brand}.",
    change: "If you want to change or stop it, do so before that date on your account page.",
  },
  paused: {
    subject: "Your subscription to {product} is paused",
    intro:
      "Your subscription to {product} is paused until {date}. Periods that start before then are not charged.",
  },
  resumed: {
    subject: "Your subscription to {product} continues",
    intro: "Your subscription to {product} continues. The next payment is on {date}.",
    introNoDate: "Your subscription to {product} continues.",
  },
  planChanged: {
    subject: "Your subscription is now {product}",
    intro: "Your subscription is now {product}: {price}. Payments already made keep their amounts.",
  },
  amountChanged: {
    subject: "New amount for {product}",
    intro: "The amount for {product} is now {price}, from the next payment.",
  },
  stopScheduled: {
    subject: "Your subscription to {product} ends on {date}",
    intro:
      "Your subscription to {product} ends on {date}, when the period you have paid for runs out. You will not be charged again.",
  },
  stopped: {
    subject: "Your subscription to {product} has ended",
    intro: "Your subscription to {product} has been stopped. You will not be charged again.",
    welcomeBack: "You are welcome back at any time.",
  },
  refunded: {
    subject: "Refund for {product}",
    intro:
      "{shop} has refunded {amount} for {product}. Depending on your bank, it reaches your account within a few days.",
    action: "View the receipt",
  },
  dunning: {
    subject: "Your payment for {product} did not go through",
    stoppedSubject: "Your {product} subscription has been stopped",
    failed: "We could not take the payment of {amount} for {product} from {shop} with {brand} (due {date}).",
    step1: "Open the {brand} app.",
    step2: "Find the agreement for {product}. The app shows why the payment failed.",
    step3: "Check that the card on the agreement is valid and has enough money, or choose another card.",
    continues: "Your subscription continues, and the next period will be charged as usual.",
    lastChance: "If the next payment fails too, we will stop the subscription.",
    stopped:
      "The payment has now failed {count} times in a row, so we have stopped the subscription. You are welcome to start a new one at any time.",
    why: "Reason: {reason}.",
    tooHighStep2: "Find the agreement for {product}.",
    tooHighStep3:
      "Raise the maximum amount on the agreement to at least {amount}, or the payment cannot go through.",
    profileStep2:
      "Find the agreement for {product}. The app shows what needs fixing on your profile or payment method.",
    profileStep3: "If you cannot fix it there, contact {shop}.",
    technical:
      "This was a technical problem at {brand} or your bank, not a problem with your card, so there is nothing you need to do.",
  },
  staffInvite: {
    subject: "You are invited to {shop} on Abo",
    intro: "{inviter} invited you to {shop}'s subscription back office as {role}.",
    roleAdmin: "an admin",
    roleSupport: "a support agent",
    action: "Choose your password",
    expires: "The link works once, for {days} days.",
  },
  captureWarning: {
    subjectOne: "{count} reservation must be captured soon",
    subjectOther: "{count} reservations must be captured soon",
    intro:
      "These reserved payments at {shop} reach their capture deadline soon. Capture them when the order ships (or cancel them); after the deadline Vipps MobilePay releases the money to the customer.",
    line: "{orderId} ({product}): {amount} to capture by {deadline} UTC",
  },
} as const;
