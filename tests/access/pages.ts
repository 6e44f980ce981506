import { answers, type TPageDeclaration } from "./types";

// Every page (app/**/page.tsx, keyed by its route), the URL the matrix requests, and what each
// caller gets: anonymous, customer A, customer B on A's ids, support, admin.
// tests/access/declarations.test.ts fails when a page is added or removed without this file.

const everyone = answers("ok", "ok", "ok", "ok", "ok");
const nobody = answers("404", "404", "404", "404", "404");
// Customer pages: the proxy sends anonymous visitors to sign in; staff and other customers get a 404.
const customerA = answers("sign-in", "ok", "404", "404", "404");
const anyCustomer = answers("sign-in", "ok", "ok", "404", "404");
const staff = answers("sign-in", "404", "404", "ok", "ok");
const admin = answers("sign-in", "404", "404", "404", "ok");

export const PAGES: Record<string, TPageDeclaration> = {
  "/": { url: () => "/", answers: everyone },
  "/terms": { url: () => "/terms", answers: everyone },
  "/sign-in": { url: () => "/sign-in", answers: everyone },
  "/sign-in/check-email": { url: () => "/sign-in/check-email", answers: everyone },
  "/staff/sign-in": { url: () => "/staff/sign-in", answers: everyone },
  "/products/[slug]": { url: (ids) => `/products/${ids.productSlug}`, answers: everyone },
  // The unguessable token is the key; it shows one sign-up's outcome, to any browser.
  "/subscribe/return/[token]": { url: (ids) => `/subscribe/return/${ids.returnTokenA}`, answers: everyone },
  // The mailed token is the key; an unknown one shows "used or expired".
  "/subscribe/claim/[token]": { url: () => "/subscribe/claim/no-such-claim-token-at-all", answers: everyone },
  // Demo mode only (the e2e stacks run in it); a configured install answers 404.
  "/dev/mailbox": { url: () => "/dev/mailbox", answers: everyone },
  // Exists only while there is no admin; the seeded shop has one.
  "/setup": { url: () => "/setup", answers: nobody },
  // An unknown token shows "used or expired".
  "/setup/invite/[token]": { url: () => "/setup/invite/no-such-invitation-token", answers: everyone },

  "/account": { url: () => "/account", answers: anyCustomer },
  "/account/subscriptions/[id]": {
    url: (ids) => `/account/subscriptions/${ids.agreementA}`,
    answers: customerA,
  },
  "/account/receipts/[id]": { url: (ids) => `/account/receipts/${ids.chargeA}`, answers: customerA },

  "/support": { url: () => "/support?q=a", answers: staff },
  "/support/work": { url: () => "/support/work", answers: staff },
  "/support/audit": { url: () => "/support/audit", answers: staff },
  "/support/checklist": { url: () => "/support/checklist", answers: staff },
  "/support/customers/[customerId]": { url: (ids) => `/support/customers/${ids.customerA}`, answers: staff },
  "/support/agreements/[agreementId]": {
    url: (ids) => `/support/agreements/${ids.agreementA}`,
    answers: staff,
  },
  "/support/charges/[chargeId]": { url: (ids) => `/support/charges/${ids.chargeA}`, answers: staff },

  "/admin": { url: () => "/admin", answers: admin },
  "/admin/dashboard/glossary": { url: () => "/admin/dashboard/glossary", answers: admin },
  "/admin/dashboard/[figure]": { url: () => "/admin/dashboard/mrr?range=30d", answers: admin },
  "/admin/onboarding": { url: () => "/admin/onboarding", answers: admin },
  "/admin/products": { url: () => "/admin/products", answers: admin },
  "/admin/products/new": { url: () => "/admin/products/new", answers: admin },
  "/admin/products/[id]": { url: (ids) => `/admin/products/${ids.productId}`, answers: admin },
  "/admin/settings": { url: () => "/admin/settings", answers: admin },
  "/admin/system": { url: () => "/admin/system", answers: admin },
};
