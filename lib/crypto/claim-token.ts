// The sign-up claim link's token (lib/server/sign-up-claims): random, mailed, stored only as a hash.
import { createHash, randomBytes } from "node:crypto";

/** The link's token is mailed; only its hash is stored, so a database read cannot bind a claim. */
export const hashClaimToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export const newClaimToken = (): { token: string; tokenHash: string } => {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashClaimToken(token) };
};

/** How long the mailed link works: as long as Vipps lets us read the profile after approval (168 h). */
export const CLAIM_LINK_MS = 7 * 24 * 60 * 60_000;
