// Field errors travel as message keys (m.forms.errors.<key>), so each form shows them in the
// visitor's language. Anything else that reaches a field is shown as it came.
export const FORM_ERROR_KEYS = [
  "required",
  "invalidEmail",
  "invalidPhone",
  "acceptTerms",
  "tooLong",
  "badText",
  "plainName",
  "invalidDate",
  "pauseRange",
  "choosePlan",
  "invalidAmount",
  "amountRange",
  "campaignBlocks",
  "chooseWhen",
  "chooseReason",
] as const;

export type TFormErrorKey = (typeof FORM_ERROR_KEYS)[number];
