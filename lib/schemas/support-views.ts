// What the support console's shared views and its GET route get from the data layer (lib/server/support).
import type { ChargeStatus } from "@/lib/generated/prisma/enums";
import type { TProblem } from "@/lib/errors";

export type TTimelineEntry = {
  id: string;
  at: Date;
  /** Vipps's events (webhooks), Abo's calls to Vipps, and what people and the system did in Abo. */
  source: "vipps-event" | "vipps-call" | "audit";
  title: string;
  actor?: string | null;
  reason?: string | null;
  status?: number | null;
  failed?: boolean;
  problem?: TProblem | null;
  error?: string | null;
  orderId?: string | null;
  idempotencyKey?: string | null;
  before?: unknown;
  after?: unknown;
  /** A successful read of Vipps (polling): runs of these are folded into one line. */
  quietRead?: boolean;
};

/** The few fields that change while a charge is in flight, for the charge page to watch. */
export type TChargeState = {
  status: ChargeStatus;
  capturedAmount: number;
  refundedAmount: number;
  cancelledAmount: number;
  /** ISO timestamp. */
  updatedAt: string;
  pendingOperations: number;
};

/** What GET /api/support/charges/[chargeId] answers (read through lib/queries/support.ts). */
export type GetChargeStateResponse = TChargeState;
