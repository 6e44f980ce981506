import { answers, type TRouteDeclaration } from "./types";

// Every route handler method ("METHOD /path", from app/**/route.ts), the request the matrix sends,
// and what each caller gets: anonymous, customer A, customer B on A's ids, support, admin.
// tests/access/declarations.test.ts fails when a route or method is added or removed without this file.

const everyone = answers("ok", "ok", "ok", "ok", "ok");
// Support routes: 401 for anonymous callers, 404 for everyone but staff (authorizeStaffRequest).
const staff = answers("401", "404", "404", "ok", "ok");

export const ROUTES: Record<string, TRouteDeclaration> = {
  // Public on purpose (customer pages and emails show it); without a logo of the shop's own, Abo's default.
  "GET /brand/logo": {
    url: () => "/brand/logo",
    answers: answers("redirect", "redirect", "redirect", "redirect", "redirect"),
  },
  "GET /api/health": { url: () => "/api/health", answers: everyone },
  "GET /api/ready": { url: () => "/api/ready", answers: everyone },
  "GET /api/auth/[...nextauth]": { url: () => "/api/auth/session", answers: everyone },
  // Without Auth.js's CSRF token a sign-in post goes back to the sign-in page.
  "POST /api/auth/[...nextauth]": {
    url: () => "/api/auth/callback/staff",
    body: "email=admin%40abo.test&password=x",
    answers: answers("sign-in", "sign-in", "sign-in", "sign-in", "sign-in"),
  },
  // Unsigned: refused whoever sends it (the signature is the only credential).
  "POST /api/webhooks/vipps": {
    url: () => "/api/webhooks/vipps",
    body: "{}",
    answers: answers("401", "401", "401", "401", "401"),
  },
  "GET /api/subscribe/return/[token]": {
    url: (ids) => `/api/subscribe/return/${ids.returnTokenA}`,
    answers: everyone,
  },

  "GET /api/account/subscriptions/[id]": {
    url: (ids) => `/api/account/subscriptions/${ids.agreementA}`,
    answers: answers("401", "ok", "404", "401", "401"),
  },

  // Under /account, so the proxy sends anonymous callers to sign in; anyone but the owner gets 404.
  "GET /account/receipts/[id]/pdf": {
    url: (ids) => `/account/receipts/${ids.chargeA}/pdf`,
    answers: answers("sign-in", "ok", "404", "404", "404"),
  },

  "GET /api/support/charges/[chargeId]": {
    url: (ids) => `/api/support/charges/${ids.chargeA}`,
    answers: staff,
  },
  "GET /api/support/checklist/[salesUnitId]": {
    url: (ids) => `/api/support/checklist/${ids.salesUnitId}?format=md`,
    answers: staff,
  },
  "GET /api/support/work/[list]": { url: () => "/api/support/work/failed-charges", answers: staff },

  // Outside /admin, so the proxy lets it through: a plain 404 to all but admins.
  "GET /api/admin/dashboard.csv": {
    url: () => "/api/admin/dashboard.csv",
    answers: answers("404", "404", "404", "404", "ok"),
  },
  "GET /api/admin/dashboard/[figure]": {
    url: () => "/api/admin/dashboard/refunds?range=30d",
    answers: answers("404", "404", "404", "404", "ok"),
  },
};
