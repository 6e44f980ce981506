import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TSignUpCustomer =
  // A new address: the sign-up makes (or fills) its customer and the agreement is theirs.
  | { customerId: string; heldFor: null }
  // The address belongs to a customer already: the agreement is held (SignUpClaim), not theirs yet.
  | { customerId: null; heldFor: string };

/**
 * Whom a sign-up's agreement belongs to. A typed email proves nothing: it never attaches an
 * agreement to an existing account, and an unauthenticated form never changes an existing
 * customer's name, phone or language (the name is in the emails sent to that address). A customer
 * row with no agreement and no sign-in yet (a sign-up that never reached Vipps) holds nothing to
 * protect, so it is used as a new one. A new customer belongs to the context's merchant.
 */
export const resolveSignUpCustomer = async (
  ctx: TServerContext,
  input: {
    email: string;
    phone: string;
    name?: string;
    locale?: string;
    market: Market;
  },
): Promise<TSignUpCustomer> => {
  const existing = await db.customer.findUnique({
    where: { email: input.email },
    select: {
      id: true,
      name: true,
      phone: true,
      _count: { select: { agreements: true } },
      user: { select: { id: true } },
    },
  });
  if (existing && (existing._count.agreements > 0 || existing.user))
    return { customerId: null, heldFor: existing.id };

  const phoneTaken = await db.customer.findUnique({ where: { phone: input.phone }, select: { id: true } });
  const phone = phoneTaken && phoneTaken.id !== existing?.id ? undefined : input.phone;
  if (existing) {
    await db.customer.update({
      where: { id: existing.id },
      data: { phone: existing.phone ?? phone, name: existing.name ?? input.name, locale: input.locale },
    });
    return { customerId: existing.id, heldFor: null };
  }
  const created = await db.customer.create({
    data: {
      merchantId: ctx.merchantId,
      email: input.email,
      phone,
      name: input.name,
      locale: input.locale,
      market: input.market,
    },
    select: { id: true },
  });
  return { customerId: created.id, heldFor: null };
};
