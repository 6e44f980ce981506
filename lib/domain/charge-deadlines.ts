// How long money can still be moved on a charge (FACTS §4.12–4.13): a reservation must be captured
// within 180 days in Norway and 14 days in Denmark and Finland (after that Vipps MobilePay releases
// it), and captured money can be refunded for 365 days. One rule for the billing sync, the support
// forms and actions, the work list and the capture warnings.
import { englishError, type TErrorText } from "@/lib/errors";
import type { Market } from "@/lib/generated/prisma/enums";
import { addDays, isoDay } from "./periods";

export const CAPTURE_DEADLINE_DAYS: Record<Market, number> = { NO: 180, DK: 14, FI: 14 };
export const REFUND_WINDOW_DAYS = 365;

type THistory = unknown;
type TEntry = { occurred: string; event: string; success: boolean };

const isEntry = (e: unknown): e is TEntry =>
  typeof e === "object" &&
  e !== null &&
  typeof (e as TEntry).occurred === "string" &&
  typeof (e as TEntry).event === "string";

/** When Vipps's history (as stored on the charge) first shows a successful event of this kind. */
export function firstEventAt(history: THistory, event: "RESERVE" | "CAPTURE"): Date | null {
  if (!Array.isArray(history)) return null;
  const times = history
    .filter(isEntry)
    .filter((e) => e.event === event && e.success)
    .map((e) => new Date(e.occurred))
    .filter((d) => !Number.isNaN(d.getTime()))
    .sort((a, b) => a.getTime() - b.getTime());
  return times[0] ?? null;
}

/** The last moment a reservation made at `reservedAt` in `market` can be captured. */
export function captureDeadlineFrom(reservedAt: Date, market: Market): Date {
  return addDays(reservedAt, CAPTURE_DEADLINE_DAYS[market]);
}

/** The charge's capture deadline: the one stored when it was reserved, else worked out from its history. */
export function captureDeadlineOf(
  charge: { captureDeadline: Date | null; history: THistory },
  market: Market,
): Date | null {
  if (charge.captureDeadline) return charge.captureDeadline;
  const reservedAt = firstEventAt(charge.history, "RESERVE");
  return reservedAt ? captureDeadlineFrom(reservedAt, market) : null;
}

/** The last moment captured money can be refunded; null when the history shows no capture. */
export function refundDeadlineOf(charge: { history: THistory }): Date | null {
  const capturedAt = firstEventAt(charge.history, "CAPTURE");
  return capturedAt ? addDays(capturedAt, REFUND_WINDOW_DAYS) : null;
}

/** Why a capture is too late now (an error message, lib/i18n/messages/errors), or null while it is allowed. */
export function captureTooLateText(
  charge: { captureDeadline: Date | null; history: THistory },
  market: Market,
  at: Date,
): TErrorText | null {
  const deadline = captureDeadlineOf(charge, market);
  if (!deadline || at <= deadline) return null;
  return {
    key: "captureTooLate",
    params: { deadline: isoDay(deadline), days: CAPTURE_DEADLINE_DAYS[market], market },
  };
}

/** Why a refund is too late now (an error message), or null while it is allowed. */
export function refundTooLateText(charge: { history: THistory }, at: Date): TErrorText | null {
  const deadline = refundDeadlineOf(charge);
  if (!deadline || at <= deadline) return null;
  return {
    key: "refundTooLate",
    params: {
      days: REFUND_WINDOW_DAYS,
      captured: isoDay(addDays(deadline, -REFUND_WINDOW_DAYS)),
      deadline: isoDay(deadline),
    },
  };
}

/** Why a capture is too late now, in English, or null while it is allowed. */
export const captureTooLate = (...args: Parameters<typeof captureTooLateText>): string | null =>
  englishOrNull(captureTooLateText(...args));

/** Why a refund is too late now, in English, or null while it is allowed. */
export const refundTooLate = (...args: Parameters<typeof refundTooLateText>): string | null =>
  englishOrNull(refundTooLateText(...args));

const englishOrNull = (text: TErrorText | null) => (text ? englishError(text) : null);
