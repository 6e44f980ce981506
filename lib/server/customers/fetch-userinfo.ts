import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { asActor, type TServerContext } from "@/lib/server/context/server-context";
import { bindSignUpClaim } from "@/lib/server/sign-up-claims/bind-sign-up-claim";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";

type TUserinfo = { sub: string; phone: string | null; email: string | null; name: string | null };

/**
 * For agreements drafted with `scope`: fetches the user's profile from Vipps Userinfo (allowed for
 * 168 hours after approval). A customer's empty name, email and phone are filled in, and a phone
 * Vipps confirms is marked verified. A held sign-up (SignUpClaim) is bound to the customer whose
 * email was typed only when Vipps confirms it is them: the same Vipps identity, or their verified phone.
 * Another merchant's agreement is passed over like an unknown one.
 */
export const fetchUserinfo = async (ctx: TServerContext, agreementId: string): Promise<void> => {
  const agreement = await db.agreement.findFirst({
    where: { id: agreementId, merchantId: ctx.merchantId },
    select: {
      vippsSub: true,
      salesUnitId: true,
      customerId: true,
      claim: { select: { id: true, email: true, boundAt: true } },
    },
  });
  if (!agreement?.vippsSub) return;
  const heldClaim =
    !agreement.customerId && agreement.claim && !agreement.claim.boundAt ? agreement.claim : null;
  if (!agreement.customerId && !heldClaim) return;
  const client = await getVippsClient(agreement.salesUnitId);
  const raw = await client.getUserinfo(agreement.vippsSub);
  const info: TUserinfo = {
    sub: agreement.vippsSub,
    phone: raw.phone_number?.replace(/\D/g, "") || null,
    email: raw.email?.toLowerCase() || null,
    name: raw.name ?? ([raw.given_name, raw.family_name].filter(Boolean).join(" ") || null),
  };
  if (heldClaim) await bindIfVippsConfirms(ctx, agreementId, heldClaim, info);
  else await fillCustomer(ctx, agreementId, agreement.customerId!, info);
};

async function bindIfVippsConfirms(
  ctx: TServerContext,
  agreementId: string,
  claim: { id: string; email: string },
  info: TUserinfo,
) {
  const customer = await db.customer.findFirst({
    where: { email: claim.email, merchantId: ctx.merchantId },
    select: { id: true, vippsSub: true, phone: true, phoneVerifiedAt: true },
  });
  const sameIdentity = Boolean(customer?.vippsSub) && customer?.vippsSub === info.sub;
  const samePhone = Boolean(customer?.phoneVerifiedAt && info.phone) && customer?.phone === info.phone;
  if (!customer || !(sameIdentity || samePhone)) {
    logger.info({ agreementId }, "held sign-up not bound: Vipps did not confirm the typed email's customer");
    return;
  }
  await db.$transaction((tx) =>
    bindSignUpClaim(asActor(ctx, { type: "SYSTEM" }), tx, {
      claimId: claim.id,
      agreementId,
      customerId: customer.id,
      by: "vipps",
    }),
  );
  logger.info({ agreementId, customerId: customer.id }, "held sign-up bound: Vipps confirmed the customer");
}

async function fillCustomer(ctx: TServerContext, agreementId: string, customerId: string, info: TUserinfo) {
  const customer = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
  const [phoneTaken, emailTaken, subTaken] = await Promise.all([
    info.phone
      ? db.customer.findFirst({
          where: { phone: info.phone, id: { not: customer.id } },
          select: { id: true },
        })
      : null,
    info.email
      ? db.customer.findFirst({
          where: { email: info.email, id: { not: customer.id } },
          select: { id: true },
        })
      : null,
    // One Vipps user may have signed up under two addresses: the identity stays with the first.
    db.customer.findFirst({ where: { vippsSub: info.sub, id: { not: customer.id } }, select: { id: true } }),
  ]);
  const phone = customer.phone ?? (phoneTaken ? null : info.phone);
  await db.customer.update({
    where: { id: customer.id },
    data: {
      vippsSub: customer.vippsSub ?? (subTaken ? undefined : info.sub),
      name: customer.name ?? info.name,
      email: customer.email ?? (emailTaken ? undefined : info.email),
      phone,
      // Vipps has checked this phone belongs to the user who approved this customer's agreement.
      phoneVerifiedAt:
        phone && phone === info.phone ? (customer.phoneVerifiedAt ?? ctx.now) : customer.phoneVerifiedAt,
    },
  });
  logger.info({ agreementId, customerId: customer.id }, "customer profile filled from Vipps userinfo");
}
