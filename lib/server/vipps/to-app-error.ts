import "server-only";
import { AppError } from "@/lib/errors";
import { VippsNetworkError, VippsProblemError, VippsResponseError } from "@/lib/vipps/errors";

/** Turns a Vipps failure into what a person is shown: Vipps's own words for a refusal, a plain note otherwise. */
export function toAppError(error: unknown): unknown {
  if (error instanceof VippsProblemError) {
    if (error.status === 429) {
      return new AppError(
        "RATE_LIMITED",
        "vippsSlowDown",
        {},
        {
          problem: error.problem,
          retryAfterMs: error.retryAfterMs,
        },
      );
    }
    if (error.status >= 500) {
      return new AppError(
        "VIPPS_UNAVAILABLE",
        "vippsNotAnswering",
        {},
        {
          problem: error.problem,
        },
      );
    }
    const reasons = error.problem.extraDetails
      ?.map((d) => (d.name ? `${d.name}: ${d.reason}` : d.reason))
      .join("; ");
    const detail = error.problem.detail ?? error.problem.title ?? { key: "vippsRequestRefused" as const };
    return new AppError(
      "VIPPS_REJECTED",
      reasons ? "vippsSaidNoBecause" : "vippsSaidNo",
      { detail, reasons: reasons ?? "" },
      {
        problem: error.problem,
      },
    );
  }
  if (error instanceof VippsNetworkError || error instanceof VippsResponseError) {
    return new AppError("VIPPS_UNAVAILABLE", "vippsUnreachable");
  }
  return error;
}
