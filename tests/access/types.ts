// The access matrix's vocabulary: who calls, what they may get back, and the seeded ids that fill the
// dynamic segments. Shared by the declarations, their unit test and e2e/access-matrix.spec.ts.

/** The five callers, in the order every row of answers lists them. */
export const CALLERS = ["anonymous", "customer", "otherCustomer", "support", "admin"] as const;
export type TCaller = (typeof CALLERS)[number];

/**
 * A page or route: "ok" (2xx), "sign-in" (3xx to /sign-in), "redirect" (3xx elsewhere), or the status.
 * An action: "ok" (got past every access check to its input check: validation errors or a form's error
 * state came back; the matrix sends an input the schema refuses to callers who may act), "sign-in"
 * (the proxy sent the request to sign in), "redirect" (the action redirected), or "refused:<code>"
 * (the action answered with that AppError code).
 */
export type TPageAnswer = "ok" | "sign-in" | "redirect" | "400" | "401" | "403" | "404";
export type TActionAnswer =
  | "ok"
  | "sign-in"
  | "redirect"
  | "refused:UNAUTHORIZED"
  | "refused:FORBIDDEN"
  | "refused:NOT_FOUND"
  | "refused:CONFLICT";
export type TAnswers<A> = Record<TCaller, A>;

/** One row of answers, in CALLERS order: anonymous, customer A, customer B (on A's ids), support, admin. */
export const answers = <A extends string>(
  anonymous: A,
  customer: A,
  otherCustomer: A,
  support: A,
  admin: A,
): TAnswers<A> => ({
  anonymous,
  customer,
  otherCustomer,
  support,
  admin,
});

/** The seeded dataset: customer A's objects (which customer B must not reach) and shop-wide ones. */
export type TIds = {
  customerA: string;
  agreementA: string;
  chargeA: string;
  returnTokenA: string;
  productId: string;
  productSlug: string;
  salesUnitId: string;
  supportUserId: string;
  /** A date a pause may end on: 30 days after the app's today (its clock may be moved). */
  pauseUntil: string;
};

export type TPageDeclaration = { url: (ids: TIds) => string; answers: TAnswers<TPageAnswer> };

export type TRouteDeclaration = {
  url: (ids: TIds) => string;
  body?: string;
  answers: TAnswers<TPageAnswer>;
};

export type TActionDeclaration = {
  /** The `.metadata({ name })` of actions built from lib/actions/client.ts; none for plain ones. */
  name?: string;
  /** A page that renders the action: the request is posted there, as a browser would. */
  page: (ids: TIds) => string;
  /**
   * Sent to callers expected to be refused: a real request naming customer A's objects, so a missing
   * check would show as a change, not hide behind a schema error.
   */
  input: (ids: TIds) => unknown;
  /**
   * Sent to callers expected to get "ok": fails the action's schema, so the call proves the caller
   * got past the access checks without changing anything. Undefined: `input` is sent to everyone.
   */
  probe?: unknown;
  /** Ends the caller's session (sign-out): the matrix calls it after everything else. */
  endsSession?: true;
  answers: TAnswers<TActionAnswer>;
};

/** The probe for actions with an object schema: a string is never an object. */
export const PROBE = "access-matrix probe";
