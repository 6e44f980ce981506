// The demo accounts `npm start` seeds in demo mode (prisma/seed.ts). Shown on the sign-in page in
// demo mode only.
export const DEMO_LOGINS = [
  { role: "Admin", email: "admin@abo.test", password: "abo-admin-demo" },
  { role: "Support", email: "support@abo.test", password: "abo-support-demo" },
  { role: "Customer", email: "kari@example.no", password: null },
] as const;

/**
 * Endings of the addresses the dev mailbox shows: domains reserved for examples and tests (RFC 2606),
 * which no real person has, and the example.no/dk/fi of the demo data. Everyone else's mail (sign-in
 * and invitation links) stays out of the mailbox even in demo mode.
 */
export const DEMO_ADDRESS_ENDINGS = [
  ".test",
  ".example",
  ".invalid",
  ".localhost",
  "@example.com",
  "@example.net",
  "@example.org",
  "@example.no",
  "@example.dk",
  "@example.fi",
] as const;

export const isDemoAddress = (email: string): boolean =>
  DEMO_ADDRESS_ENDINGS.some((ending) => email.toLowerCase().endsWith(ending));
