import { z } from "zod";
import { MAX_STORED_MINOR, parseMoney } from "@/lib/domain/money";
import { normalizePhone } from "@/lib/domain/phone";
import type { TFormErrorKey } from "./form-errors";
import { storableText } from "./text";

const e = (key: TFormErrorKey) => ({ error: key });
const text = () => storableText("badText" satisfies TFormErrorKey);

export const ZMarket = z.enum(["NO", "DK", "FI"]);

/** The storefront's sign-up form. The phone is read in the market's format and stored as an MSISDN. */
export const ZStartSubscriptionInput = z
  .object({
    slug: text().min(1).max(100),
    market: ZMarket,
    email: text()
      .trim()
      .max(254, e("tooLong"))
      .pipe(z.email(e("invalidEmail"))),
    phone: text().trim().min(1, e("required")).max(30, e("invalidPhone")),
    // Shown in emails and to support: a name, never something a mail program would make a link of.
    name: text()
      .trim()
      .max(100, e("tooLong"))
      .refine((v) => !/:\/\/|www\.|[<>]/i.test(v), e("plainName"))
      .optional(),
    termsAccepted: z.boolean().refine((v) => v, e("acceptTerms")),
    /** Variable-price products: the amount per interval the customer chooses, as typed ("250", "249,50"). */
    amount: text().trim().max(20, e("invalidAmount")).optional(),
  })
  // A refinement (not a transform) so the phone is checked even when another field is wrong too:
  // every field's message shows at once.
  .superRefine((input, ctx) => {
    if (typeof input.phone === "string" && input.phone.trim() && !normalizePhone(input.phone, input.market)) {
      ctx.addIssue({ code: "custom", path: ["phone"], message: "invalidPhone" satisfies TFormErrorKey });
    }
    if (input.amount) {
      const minor = parseMoney(input.amount);
      if (minor === null || minor > MAX_STORED_MINOR)
        ctx.addIssue({ code: "custom", path: ["amount"], message: "invalidAmount" satisfies TFormErrorKey });
      // Never under Vipps's 1.00 floor, whatever the product; its cap is checked with the product.
      else if (minor < 100)
        ctx.addIssue({ code: "custom", path: ["amount"], message: "amountRange" satisfies TFormErrorKey });
    }
  })
  .transform((input) => ({
    ...input,
    phone: normalizePhone(input.phone, input.market)!,
    email: input.email.toLowerCase(),
    name: input.name || undefined,
    amount: input.amount ? parseMoney(input.amount)! : undefined,
  }));

export type TStartSubscriptionInput = z.input<typeof ZStartSubscriptionInput>;

/** The mailed sign-up claim link's token (lib/server/sign-up-claims). */
export const ZClaimToken = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
export const ZConfirmSignUpClaimInput = z.object({ token: ZClaimToken });
