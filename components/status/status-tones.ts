import type { TBadgeTone } from "@/components/ui/badge";

export const AGREEMENT_TONE: Record<string, TBadgeTone> = {
  PENDING: "amber",
  ACTIVE: "green",
  STOPPED: "neutral",
  EXPIRED: "neutral",
};

export const CHARGE_TONE: Record<string, TBadgeTone> = {
  PENDING: "neutral",
  DUE: "blue",
  PROCESSING: "blue",
  RESERVED: "amber",
  PARTIALLY_CAPTURED: "amber",
  CHARGED: "green",
  FAILED: "red",
  CANCELLED: "neutral",
  PARTIALLY_REFUNDED: "amber",
  REFUNDED: "neutral",
};
