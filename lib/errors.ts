// One error type for expected failures, with a closed set of codes mapped to HTTP statuses.
// Expected errors show their message to the user; anything else is logged and shown generically.

export type TExtraDetail = { name: string; reason: string };

/** Problem details as Vipps MobilePay sends them, kept as they came so support staff see what Vipps said. */
export type TProblem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  contextId?: string;
  traceId?: string;
  extraDetails?: TExtraDetail[];
};

export const ERROR_STATUS = {
  BAD_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VIPPS_REJECTED: 422,
  RATE_LIMITED: 429,
  VIPPS_UNAVAILABLE: 503,
} as const;

export type TErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details: {
      fieldErrors?: Record<string, string>;
      problem?: TProblem;
      retryAfterMs?: number;
    } = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** The error to throw when something asked for does not exist: `throw notFoundError("The charge")`. */
export const notFoundError = (what = "That item") => new AppError("NOT_FOUND", `${what} was not found.`);
