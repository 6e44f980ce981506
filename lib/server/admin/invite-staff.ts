import "server-only";
import { machineMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/email/render-email";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { queueEmail } from "@/lib/server/email/queue-email";
import { adminActor } from "./admin-actor";
import { INVITE_DAYS, INVITE_PREFIX, newInviteToken } from "@/lib/crypto/staff-invite-token";

const fieldError = (message: string) =>
  new AppError("BAD_INPUT", "fieldsNeedAnotherLook", {}, { fieldErrors: { email: message } });

/**
 * Invites a support agent or admin: the account is made without a password, and an email carries a
 * one-time link (7 days) to choose one. Inviting someone again sends a fresh link and voids the old.
 */
export const inviteStaff = async (
  ctx: TServerContext,
  input: { email: string; name: string; role: "SUPPORT" | "ADMIN" },
) => {
  const actor = adminActor(ctx);
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, role: true, passwordHash: true, merchantId: true },
  });
  if (existing?.role === "CUSTOMER")
    throw fieldError("This address belongs to a customer account; staff need their own address.");
  // Addresses are unique across the installation, so another merchant's staff member (even one still
  // invited) cannot be invited here: taking their row over would move them to this merchant.
  if (existing?.merchantId && existing.merchantId !== ctx.merchantId)
    throw fieldError("This address already has an account; use another.");
  if (existing?.passwordHash) throw fieldError("This person is already on the staff.");

  const token = newInviteToken();
  const user = await db.$transaction(async (tx) => {
    const saved = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: {
            name: input.name,
            role: input.role,
            disabled: false,
            invitedById: actor.id,
            merchantId: ctx.merchantId,
          },
          select: { id: true },
        })
      : await tx.user.create({
          data: {
            email: input.email,
            name: input.name,
            role: input.role,
            invitedById: actor.id,
            // The invite (a VerificationToken naming this row) carries the inviter's merchant here.
            merchantId: ctx.merchantId,
          },
          select: { id: true },
        });
    await tx.verificationToken.deleteMany({ where: { identifier: `${INVITE_PREFIX}${saved.id}` } });
    await tx.verificationToken.create({
      data: {
        identifier: `${INVITE_PREFIX}${saved.id}`,
        token: token.hash,
        expires: new Date(machineMs() + INVITE_DAYS * 86_400_000),
      },
    });
    await recordAudit(
      ctx,
      {
        action: "staff.invited",
        target: { type: "user", id: saved.id },
        after: { email: input.email, role: input.role },
      },
      tx,
    );
    return saved;
  });

  const shop =
    (await db.merchant.findUnique({ where: { id: ctx.merchantId }, select: { name: true } }))?.name ?? "Abo";
  const link = `${env().APP_URL.replace(/\/$/, "")}/setup/invite/${token.raw}`;
  // The back office speaks English (its screens do too).
  const facts = { appUrl: env().APP_URL, name: input.name, shop, contact: null, url: link };
  await queueEmail({
    to: input.email,
    kind: "staff-invite",
    locale: "en",
    userId: user.id,
    ...renderEmail("staff-invite", "en", {
      ...facts,
      inviter: actor.email,
      role: input.role,
      days: INVITE_DAYS,
    }),
  });
  return { userId: user.id };
};
