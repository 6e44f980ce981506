import "server-only";
import { db } from "@/lib/db";
import { formatPhone } from "@/lib/domain/phone";

/** The signed-in customer's own contact details, to prefill a new sign-up. */
export const getCustomerContact = async ({ customerId }: { customerId: string }) => {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { email: true, phone: true, name: true },
  });
  if (!customer) return null;
  return {
    email: customer.email,
    phone: customer.phone ? formatPhone(customer.phone) : null,
    name: customer.name,
  };
};
