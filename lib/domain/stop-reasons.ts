// The fixed list of reasons the customer's stop flow offers, in the order shown. The same list is
// the enum StopReason in the schema (the dashboard counts by it) and the keys of the messages.
export const STOP_REASONS = [
  "TOO_EXPENSIVE",
  "NOT_USING",
  "TEMPORARY",
  "SWITCHING",
  "UNHAPPY",
  "OTHER",
] as const;

export type TStopReason = (typeof STOP_REASONS)[number];

export const STOP_OFFERS = ["NONE", "PAUSE", "CHEAPER_PLAN"] as const;
export type TStopOffer = (typeof STOP_OFFERS)[number];

/** A pause offered instead of a stop: long enough to matter, within the pause limit. */
export const OFFER_PAUSE_DAYS = { min: 7, max: 180 } as const;
