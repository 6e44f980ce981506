import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Invitation links carry a random token; only its hash is stored (in VerificationToken, beside but
// apart from the customers' sign-in tokens through the identifier prefix).
export const INVITE_PREFIX = "staff-invite:";
export const INVITE_DAYS = 7;

export const newInviteToken = (): { raw: string; hash: string } => {
  const raw = randomBytes(32).toString("base64url");
  return { raw, hash: hashInviteToken(raw) };
};

export const hashInviteToken = (raw: string): string => createHash("sha256").update(raw).digest("hex");
