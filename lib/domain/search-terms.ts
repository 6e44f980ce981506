// What a support search query can mean, worked out once: an id to look up exactly, an email, phone
// numbers (with or without +47, spaces or dashes), and words of a name. Pure, so it is unit-tested.

export type TSearchTerms = {
  /** Id-like: looked up exactly on every unique index (orderId, agreement ids, charge id, externalId). */
  token: string | null;
  email: string | null;
  /** Exact MSISDN candidates: "900 00 001" could be 4790000001 (NO) or 4590000001 (DK). */
  phones: string[];
  /** Digits for a substring match on phone numbers (at least 4). */
  phoneDigits: string | null;
  /** LIKE patterns (escaped, lower-case) that must all match the name; only words of 3+ characters. */
  nameWords: string[];
  /** LIKE pattern for a fragment of an email address. */
  emailFragment: string | null;
};

const ID_LIKE = /^[A-Za-z0-9_-]{1,64}$/;
const PHONE_LIKE = /^(\+|00)?\d{3,15}$/;

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function searchTerms(query: string): TSearchTerms {
  const raw = query.trim().replace(/\s+/g, " ").slice(0, 100);
  const terms: TSearchTerms = {
    token: null,
    email: null,
    phones: [],
    phoneDigits: null,
    nameWords: [],
    emailFragment: null,
  };
  if (!raw) return terms;

  if (ID_LIKE.test(raw)) terms.token = raw;

  const compact = raw.replace(/[\s().-]/g, "");
  if (PHONE_LIKE.test(compact)) {
    const international = /^(\+|00)/.test(compact);
    const digits = compact.replace(/^(\+|00)/, "");
    terms.phones = international ? [digits] : localCandidates(digits);
    if (digits.length >= 4) terms.phoneDigits = digits;
    return terms;
  }

  const lower = raw.toLowerCase();
  if (lower.includes("@") && !lower.includes(" ")) {
    terms.email = lower;
    terms.emailFragment = `%${escapeLike(lower)}%`;
    return terms;
  }

  terms.nameWords = lower
    .split(" ")
    .filter((word) => word.length >= 3)
    .map((word) => `%${escapeLike(word)}%`);
  if (!lower.includes(" ") && lower.length >= 3) terms.emailFragment = `%${escapeLike(lower)}%`;
  return terms;
}

function localCandidates(digits: string): string[] {
  const candidates = new Set([digits]);
  // Norwegian and Danish numbers have 8 digits; people rarely type the country code.
  if (digits.length === 8) {
    candidates.add(`47${digits}`);
    candidates.add(`45${digits}`);
  }
  // Finnish mobile numbers are written with a leading 0 (040 123 4567).
  if (digits.startsWith("0") && digits.length >= 8) candidates.add(`358${digits.slice(1)}`);
  return [...candidates];
}
