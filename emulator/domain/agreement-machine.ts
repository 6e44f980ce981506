import type { Actor, Agreement, AgreementStatus } from "./types";

// FACTS §5.2. STOPPED and EXPIRED are final; there is no PAUSED state.
export const AGREEMENT_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  PENDING: ["ACTIVE", "STOPPED", "EXPIRED"],
  ACTIVE: ["STOPPED"],
  STOPPED: [],
  EXPIRED: [],
};

export const PENDING_LIFETIME_MS = 10 * 60_000;

export class TransitionError extends Error {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`Cannot move from ${from} to ${to}`);
  }
}

function move(agreement: Agreement, to: AgreementStatus): void {
  if (!AGREEMENT_TRANSITIONS[agreement.status].includes(to)) throw new TransitionError(agreement.status, to);
  agreement.status = to;
}

export function activate(agreement: Agreement, at: number, phoneNumber: string, sub: string | null): void {
  move(agreement, "ACTIVE");
  agreement.start = at;
  agreement.userPhoneNumber = phoneNumber;
  agreement.pendingDecision = null;
  if (agreement.scope) {
    agreement.sub = sub;
    agreement.consentAt = at;
  }
}

/** The user declined (or could not sign): STOPPED, announced as agreement-rejected. */
export function reject(agreement: Agreement, at: number): void {
  if (agreement.status !== "PENDING") throw new TransitionError(agreement.status, "STOPPED");
  move(agreement, "STOPPED");
  agreement.stop = at;
  agreement.pendingDecision = null;
}

export function expire(agreement: Agreement, at: number): void {
  move(agreement, "EXPIRED");
  agreement.stop = at;
  agreement.pendingDecision = null;
}

/** Stopping is for ACTIVE agreements only; a PENDING one ends by approval, rejection or expiry. */
export function stop(agreement: Agreement, at: number, actor: Actor): void {
  if (agreement.status !== "ACTIVE") throw new TransitionError(agreement.status, "STOPPED");
  move(agreement, "STOPPED");
  agreement.stop = at;
  agreement.stopActor = actor;
}
