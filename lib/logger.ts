import pino from "pino";
import { env } from "@/lib/env";

// Secrets and tokens never reach the logs, whatever object they arrive in.
const REDACT = [
  "*.password",
  "*.passwordHash",
  "*.client_secret",
  "*.clientSecret",
  "*.access_token",
  "*.secret",
  "*.token",
  "*.authorization",
  "*.Authorization",
  "*.cookie",
  "*.headers.authorization",
  "*.headers.cookie",
  '*["Ocp-Apim-Subscription-Key"]',
  '*.headers["Ocp-Apim-Subscription-Key"]',
];

export const logger = pino({
  level: env().LOG_LEVEL,
  base: { service: env().ABO_SERVICE },
  redact: { paths: REDACT, censor: "[redacted]" },
  timestamp: pino.stdTimeFunctions.isoTime,
});

export type Logger = pino.Logger;
