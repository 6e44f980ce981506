// Headers on every response: Next.js adds them from next.config.mjs, and the web role adds them to
// what it answers itself (the webhook intake, scripts/web.ts). One list, so both say the same.
/** @type {{ key: string; value: string }[]} */
export const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
