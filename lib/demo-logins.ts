// The demo accounts `npm start` seeds (prisma/seed.ts). Shown on the sign-in page in DEMO_MODE only.
export const DEMO_LOGINS = [
  { role: "Admin", email: "admin@abo.test", password: "abo-admin-demo" },
  { role: "Support", email: "support@abo.test", password: "abo-support-demo" },
  { role: "Customer", email: "kari@example.no", password: null },
] as const;
