// Statuses as support reads them; the Vipps/Abo code stays one hover away (and in exports).
export const AGREEMENT_WORDS: Record<string, string> = {
  PENDING: "Waiting for approval",
  ACTIVE: "Active",
  STOPPED: "Stopped",
  EXPIRED: "Expired",
};

export const CHARGE_WORDS: Record<string, string> = {
  PENDING: "Not sent yet",
  DUE: "Due",
  PROCESSING: "Being charged",
  RESERVED: "Reserved",
  PARTIALLY_CAPTURED: "Partly captured",
  CHARGED: "Charged",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
  PARTIALLY_REFUNDED: "Partly refunded",
  REFUNDED: "Refunded",
};

/** "PARTIALLY_CAPTURED" → "Partly captured"; an unknown code becomes plain words, never dropped. */
export const inWords = (words: Record<string, string>, code: string): string =>
  words[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, " ");
