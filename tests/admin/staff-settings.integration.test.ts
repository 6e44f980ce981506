import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZMerchantProfileInput, ZPoliciesInput } from "@/lib/schemas/admin";
import { acceptInvite } from "@/lib/server/admin/accept-invite";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { changeStaffRole } from "@/lib/server/admin/change-staff-role";
import { getInvite } from "@/lib/server/admin/get-invite";
import { getSettings } from "@/lib/server/admin/get-settings";
import { inviteStaff } from "@/lib/server/admin/invite-staff";
import { setStaffDisabled } from "@/lib/server/admin/set-staff-disabled";
import { updateMerchantProfile } from "@/lib/server/admin/update-merchant-profile";
import { updatePolicies } from "@/lib/server/admin/update-policies";
import { createMerchant } from "../factories";
import { testContext } from "../shared/server-context";

let admin: TAdminActor;

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe("settings and staff", () => {
  beforeAll(async () => {
    const { merchant } = await createMerchant();
    const user = await db.user.create({
      data: { email: "admin@abo.test", role: "ADMIN", merchantId: merchant.id, passwordHash: "x" },
    });
    admin = { type: "STAFF", id: user.id, email: user.email, role: "ADMIN" };
    await db.customer.create({
      data: { merchantId: (await db.merchant.findFirstOrThrow()).id, email: "kari@example.no" },
    });
    await db.user.create({ data: { email: "kari@example.no", role: "CUSTOMER" } });
  });

  it("saves the shop profile and policies, and names the field when input is bad", async () => {
    const profile = ZMerchantProfileInput.safeParse({
      name: "Fjellbrød",
      supportEmail: "nope",
      supportPhone: "",
      supportUrl: "",
      termsUrl: "ftp://x",
      defaultLocale: "fi",
      locales: ["nb"],
    });
    expect(profile.error?.flatten().fieldErrors).toMatchObject({
      supportEmail: [expect.any(String)],
      termsUrl: [expect.stringMatching(/https:\/\//)],
    });
    const locale = ZMerchantProfileInput.safeParse({
      name: "Fjellbrød",
      supportEmail: "",
      supportPhone: "",
      supportUrl: "",
      termsUrl: "/terms",
      defaultLocale: "fi",
      locales: ["nb"],
    });
    expect(locale.error?.flatten().fieldErrors).toEqual({
      defaultLocale: ["The default language must be one of the languages offered"],
    });

    await updateMerchantProfile(await testContext({ actor: admin }), {
      ...ZMerchantProfileInput.parse({
        name: "Fjellbrød",
        supportEmail: "Hjelp@Fjellbrod.no",
        supportPhone: "+47 22 00 00 00",
        supportUrl: "",
        termsUrl: "/terms",
        defaultLocale: "nb",
        locales: ["nb", "en"],
      }),
    });
    expect(await db.merchant.findFirstOrThrow()).toMatchObject({
      name: "Fjellbrød",
      supportEmail: "hjelp@fjellbrod.no",
      supportUrl: null,
      locales: ["nb", "en"],
    });

    const policies = ZPoliciesInput.safeParse({
      chargeLeadDays: "0",
      defaultRetryDays: "15",
      captureWarningDays: "3",
      dunningEmailEnabled: true,
      dunningStopAfterFailures: "13",
      refundAdminThreshold: "abc",
      stopRequiresAdmin: false,
    });
    expect(Object.keys(policies.error?.flatten().fieldErrors ?? {}).sort()).toEqual([
      "chargeLeadDays",
      "defaultRetryDays",
      "dunningStopAfterFailures",
      "refundAdminThreshold",
    ]);
    await updatePolicies(await testContext({ actor: admin }), {
      ...ZPoliciesInput.parse({
        chargeLeadDays: "5",
        defaultRetryDays: "4",
        captureWarningDays: "2",
        dunningEmailEnabled: false,
        dunningStopAfterFailures: "",
        refundAdminThreshold: "1500,50",
        stopRequiresAdmin: true,
      }),
    });
    expect(await db.merchant.findFirstOrThrow()).toMatchObject({
      chargeLeadDays: 5,
      defaultRetryDays: 4,
      dunningEmailEnabled: false,
      dunningStopAfterFailures: null,
      refundAdminThreshold: 150_050,
      stopRequiresAdmin: true,
    });
    expect((await getSettings(await testContext({ actor: admin })))?.merchant.refundAdminThreshold).toBe(
      "1500.50",
    );
  });

  it("invites by email with a one-time link that sets the password", async () => {
    expect(
      (
        await refusal(
          inviteStaff(await testContext({ actor: admin }), {
            email: "kari@example.no",
            name: "Kari",
            role: "SUPPORT",
          }),
        )
      ).details.fieldErrors,
    ).toEqual({ email: expect.stringMatching(/customer account/) });
    await inviteStaff(await testContext({ actor: admin }), {
      email: "siri@abo.test",
      name: "Siri",
      role: "SUPPORT",
    });
    const mail = await db.email.findFirstOrThrow({ where: { to: "siri@abo.test", kind: "staff-invite" } });
    const token = /\/setup\/invite\/([\w-]+)/.exec(mail.text)![1]!;
    // Only the hash is stored.
    expect(await db.verificationToken.count({ where: { token } })).toBe(0);
    expect(await getInvite(await testContext(), token)).toMatchObject({
      email: "siri@abo.test",
      role: "SUPPORT",
    });
    const settings = await getSettings(await testContext({ actor: admin }));
    expect(settings?.staff.find((s) => s.email === "siri@abo.test")).toMatchObject({
      pending: true,
      role: "SUPPORT",
    });
    expect(JSON.stringify(settings)).not.toMatch(/passwordHash|scrypt/);

    // A new invitation voids the old link.
    await inviteStaff(await testContext({ actor: admin }), {
      email: "siri@abo.test",
      name: "Siri S.",
      role: "SUPPORT",
    });
    expect(await getInvite(await testContext(), token)).toBeNull();
    const fresh = /\/setup\/invite\/([\w-]+)/.exec(
      (await db.email.findFirstOrThrow({ where: { to: "siri@abo.test" }, orderBy: { createdAt: "desc" } }))
        .text,
    )![1]!;
    expect(
      await acceptInvite(await testContext(), {
        token: fresh,
        name: "Siri Support",
        password: "et-langt-passord",
      }),
    ).toEqual({
      email: "siri@abo.test",
      role: "SUPPORT",
    });
    const user = await db.user.findUniqueOrThrow({
      where: { email: "siri@abo.test" },
      omit: { passwordHash: false },
    });
    expect(await verifyPassword("et-langt-passord", user.passwordHash!)).toBe(true);
    // The invitee joins the inviter's merchant.
    expect(user.merchantId).toBe((await testContext()).merchantId);
    expect(
      (
        await refusal(
          acceptInvite(await testContext(), { token: fresh, name: "Eve", password: "et-annet-passord" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await refusal(
          inviteStaff(await testContext({ actor: admin }), {
            email: "siri@abo.test",
            name: "Siri",
            role: "ADMIN",
          }),
        )
      ).details.fieldErrors,
    ).toEqual({ email: "This person is already on the staff." });
  });

  it("changes roles and disables accounts, but never the last admin or oneself", async () => {
    const siri = await db.user.findUniqueOrThrow({ where: { email: "siri@abo.test" } });
    expect(
      (
        await refusal(
          setStaffDisabled(await testContext({ actor: admin }), { userId: admin.id, disabled: true }),
        )
      ).message,
    ).toMatch(/your own account/);
    await changeStaffRole(await testContext({ actor: admin }), { userId: siri.id, role: "ADMIN" });
    const siriActor: TAdminActor = { type: "STAFF", id: siri.id, email: siri.email, role: "ADMIN" };
    await changeStaffRole(await testContext({ actor: siriActor }), { userId: admin.id, role: "SUPPORT" });
    // Siri is now the only admin: nobody can take that away.
    const adminAsOther: TAdminActor = { ...admin, id: "someone-else" };
    expect(
      (
        await refusal(
          changeStaffRole(await testContext({ actor: adminAsOther }), { userId: siri.id, role: "SUPPORT" }),
        )
      ).message,
    ).toMatch(/at least one enabled admin/);
    expect(
      (
        await refusal(
          setStaffDisabled(await testContext({ actor: adminAsOther }), { userId: siri.id, disabled: true }),
        )
      ).message,
    ).toMatch(/at least one enabled admin/);
    await setStaffDisabled(await testContext({ actor: siriActor }), { userId: admin.id, disabled: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "SUPPORT",
      disabled: true,
    });
    expect(
      await db.auditEvent.count({ where: { action: { in: ["staff.role-changed", "staff.disabled"] } } }),
    ).toBe(3);
  });
});
