// One error type for expected failures, with a closed set of codes mapped to HTTP statuses.
// Expected errors show their message to the user, in the user's language; anything else is logged
// and shown generically. An error carries a message key (lib/i18n/messages/errors) and its values;
// its `message` is the English text, for logs and audit entries.
import { format } from "@/lib/i18n/format";
import { errorsEn } from "@/lib/i18n/messages/errors/en";

export type TErrorKey = keyof typeof errorsEn;

/**
 * A value for a message's placeholder: text kept as it is (ids, amounts, Vipps's own words), a list
 * (joined the language's way: "A and B"), or another error message, said in the same language.
 */
export type TErrorParam = string | number | readonly string[] | TErrorText;
export type TErrorParams = Record<string, TErrorParam>;
export type TErrorText = { key: TErrorKey; params?: TErrorParams };

/** An error message in one language's words (`messages` of that language, `intl` its Intl locale). */
export function errorMessage(
  messages: Record<TErrorKey, string>,
  intl: string,
  { key, params = {} }: TErrorText,
): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string" || typeof value === "number") values[name] = value;
    else if (isErrorText(value)) values[name] = errorMessage(messages, intl, value);
    else values[name] = new Intl.ListFormat(intl, { type: "conjunction" }).format(value);
  }
  return format(messages[key], values);
}

const isErrorText = (value: TErrorParam): value is TErrorText => typeof value === "object" && "key" in value;

/** An error message in English: AppError.message, and text shown where no reader's language is known. */
export const englishError = (text: TErrorText): string => errorMessage(errorsEn, "en-GB", text);

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

/**
 * An expected failure: `throw new AppError("CONFLICT", "alreadyEnding")`, with the message's values
 * as third argument (`{ msn }`) and details fourth.
 */
export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    readonly key: TErrorKey,
    readonly params: TErrorParams = {},
    readonly details: {
      fieldErrors?: Record<string, string>;
      problem?: TProblem;
      retryAfterMs?: number;
    } = {},
  ) {
    super(englishError({ key, params }));
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
