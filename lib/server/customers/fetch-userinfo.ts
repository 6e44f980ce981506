import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";

/**
 * For agreements drafted with `scope`: fetches the user's profile from Vipps Userinfo (allowed for
 * 168 hours after approval) and fills in the customer's name, email and phone where empty.
 */
export const fetchUserinfo = async (agreementId: string): Promise<void> => {
  const agreement = await db.agreement.findUnique({
    where: { id: agreementId },
    select: { vippsSub: true, salesUnitId: true, customerId: true },
  });
  if (!agreement?.vippsSub || !agreement.customerId) return;
  const client = await getVippsClient(agreement.salesUnitId);
  const info = await client.getUserinfo(agreement.vippsSub);
  const customer = await db.customer.findUniqueOrThrow({ where: { id: agreement.customerId } });
  const phone = info.phone_number?.replace(/\D/g, "") || null;
  const email = info.email?.toLowerCase() || null;
  const [phoneTaken, emailTaken] = await Promise.all([
    phone
      ? db.customer.findFirst({ where: { phone, id: { not: customer.id } }, select: { id: true } })
      : null,
    email
      ? db.customer.findFirst({ where: { email, id: { not: customer.id } }, select: { id: true } })
      : null,
  ]);
  await db.customer.update({
    where: { id: customer.id },
    data: {
      vippsSub: customer.vippsSub ?? agreement.vippsSub,
      name:
        customer.name ?? info.name ?? ([info.given_name, info.family_name].filter(Boolean).join(" ") || null),
      email: customer.email ?? (emailTaken ? undefined : email),
      phone: customer.phone ?? (phoneTaken ? undefined : phone),
    },
  });
  logger.info({ agreementId, customerId: customer.id }, "customer profile filled from Vipps userinfo");
};
