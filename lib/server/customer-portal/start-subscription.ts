import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { startSignUp } from "@/lib/server/agreements/start-sign-up";
import type { TServerContext } from "@/lib/server/context/server-context";
import { hitRateLimit } from "@/lib/server/rate-limit";

export type TStartSubscription = {
  slug: string;
  market: Market;
  email: string;
  phone: string;
  name?: string;
  locale: string;
  termsAccepted: boolean;
  clientIp: string;
  /** Variable-price products: the amount per interval the customer chose, in minor units. */
  amount?: number;
};

// Each sign-up creates a customer and a Vipps draft: bounded per client address.
const SIGN_UPS_PER_IP = 60;
const WINDOW_MS = 10 * 60_000;

/**
 * Starts a sign-up from the storefront: the agreement is stored and drafted at Vipps (startSignUp),
 * and the caller sends the browser to the confirmation URL. Only LIVE products of the context's
 * merchant can be started; visitors start them through the system (the request's context).
 */
export const startSubscription = async (
  ctx: TServerContext,
  input: TStartSubscription,
): Promise<{ confirmationUrl: string }> => {
  const limit = await hitRateLimit(`signup:ip:${input.clientIp}`, SIGN_UPS_PER_IP, WINDOW_MS);
  if (!limit.allowed)
    throw new AppError(
      "RATE_LIMITED",
      "tooManySignUps",
      {},
      {
        retryAfterMs: limit.retryAfterMs,
      },
    );
  const product = await db.product.findFirst({
    where: { slug: input.slug, merchantId: ctx.merchantId, status: "LIVE" },
    select: { id: true, pricingType: true },
  });
  if (!product) throw new AppError("NOT_FOUND", "notOnSale");
  // The storefront asks for the amount of a variable-price product; it is chosen, never assumed.
  if (product.pricingType === "VARIABLE" && input.amount === undefined)
    throw new AppError("BAD_INPUT", "chooseAmount", {}, { fieldErrors: { amount: "required" } });
  const { confirmationUrl } = await startSignUp(ctx, {
    productId: product.id,
    market: input.market,
    email: input.email,
    phone: input.phone,
    name: input.name,
    locale: input.locale,
    termsAccepted: input.termsAccepted,
    amount: product.pricingType === "VARIABLE" ? input.amount : undefined,
  });
  return { confirmationUrl };
};
