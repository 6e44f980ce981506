import "server-only";
import { clearRateLimit, hitRateLimit } from "@/lib/server/rate-limit";

// Abuse limits of the sign-in forms, in one place, counted in PostgreSQL (shared by every web
// process) and keyed on the client address the web server took from the socket.
//
// Staff passwords: a guesser is slowed per address and per address + account, so one caller cannot
// lock the owner out by failing on purpose from elsewhere; only a distributed attack on one account
// (many addresses) meets the per-account ceiling, which is high and hourly.
const MINUTE = 60_000;
const STAFF = {
  perAddressAndAccount: { limit: 5, windowMs: 15 * MINUTE },
  perAddress: { limit: 30, windowMs: 15 * MINUTE },
  perAccount: { limit: 100, windowMs: 60 * MINUTE },
};
// Customer sign-in links: each one is an email to a real inbox.
const LINKS = {
  perRecipient: { limit: 5, windowMs: 60 * MINUTE },
  perAddress: { limit: 20, windowMs: 60 * MINUTE },
};

const staffKeys = (email: string, address: string) => ({
  pair: `login:pair:${address}:${email}`,
  address: `login:ip:${address}`,
  account: `login:email:${email}`,
});

/** Counts a staff sign-in attempt; false when one of the limits is used up (the attempt is refused). */
export async function staffSignInAllowed(email: string, address: string): Promise<boolean> {
  const keys = staffKeys(email, address);
  const results = await Promise.all([
    hitRateLimit(keys.pair, STAFF.perAddressAndAccount.limit, STAFF.perAddressAndAccount.windowMs),
    hitRateLimit(keys.address, STAFF.perAddress.limit, STAFF.perAddress.windowMs),
    hitRateLimit(keys.account, STAFF.perAccount.limit, STAFF.perAccount.windowMs),
  ]);
  return results.every((r) => r.allowed);
}

/** After a right password: this address's failures on this account no longer count. */
export async function clearStaffSignInFailures(email: string, address: string): Promise<void> {
  await clearRateLimit(staffKeys(email, address).pair);
}

/** Counts a request for a customer sign-in link from this address. */
export async function signInLinkRequestAllowed(address: string): Promise<boolean> {
  const r = await hitRateLimit(
    `signin-link:ip:${address}`,
    LINKS.perAddress.limit,
    LINKS.perAddress.windowMs,
  );
  return r.allowed;
}

/** Counts a sign-in email to this recipient; false when it has had its share this hour. */
export async function signInEmailAllowed(email: string): Promise<boolean> {
  const r = await hitRateLimit(
    `signin-link:to:${email}`,
    LINKS.perRecipient.limit,
    LINKS.perRecipient.windowMs,
  );
  return r.allowed;
}
