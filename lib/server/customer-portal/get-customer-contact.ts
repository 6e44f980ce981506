import "server-only";
import { db } from "@/lib/db";
import { formatPhone } from "@/lib/domain/phone";
import type { TServerContext } from "@/lib/server/context/server-context";
import { customerOf } from "./require-own-agreement";

/** The signed-in customer's own contact details, to prefill a new sign-up. */
export const getCustomerContact = async (ctx: TServerContext) => {
  const customer = await db.customer.findFirst({
    where: { id: customerOf(ctx).customerId, merchantId: ctx.merchantId },
    select: { email: true, phone: true, name: true },
  });
  if (!customer) return null;
  return {
    email: customer.email,
    phone: customer.phone ? formatPhone(customer.phone) : null,
    name: customer.name,
  };
};
