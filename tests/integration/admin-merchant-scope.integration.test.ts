// The admin area reads and changes only its own merchant's rows (issue 16): with a second merchant
// in the database, an admin context of the first gets NOT_FOUND (or an empty list) for the second's
// products, sales units, shop and dashboard rows, and changes nothing of them. The same calls with
// the second merchant's context see those rows, so the lists below are not empty by accident.
// Staff belong to a merchant too: the first's admin can neither see nor change the second's staff.
import { beforeAll, describe, expect, it } from "vitest";
import { findActiveUser } from "@/lib/auth/find-active-user";
import { contextForUser } from "@/lib/auth/server-context";
import { db } from "@/lib/db";
import { emptyProductForm } from "@/lib/domain/product-form";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { AppError } from "@/lib/errors";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { archiveProduct } from "@/lib/server/admin/archive-product";
import { changeStaffRole } from "@/lib/server/admin/change-staff-role";
import { checkConnection } from "@/lib/server/admin/check-connection";
import { getDrilldown } from "@/lib/server/admin/dashboard/get-drilldown";
import { getOnboarding } from "@/lib/server/admin/get-onboarding";
import { getProductForEdit } from "@/lib/server/admin/get-product-for-edit";
import { getSettings } from "@/lib/server/admin/get-settings";
import { inviteStaff } from "@/lib/server/admin/invite-staff";
import { launchProduct } from "@/lib/server/admin/launch-product";
import { listOfferPlans } from "@/lib/server/admin/list-offer-plans";
import { listProducts } from "@/lib/server/admin/list-products";
import { registerWebhooks } from "@/lib/server/admin/register-webhooks";
import { runGoLiveCheck } from "@/lib/server/admin/run-go-live-check";
import { saveProduct } from "@/lib/server/admin/save-product";
import { setStaffDisabled } from "@/lib/server/admin/set-staff-disabled";
import { updateBranding } from "@/lib/server/admin/update-branding";
import { updateMerchantProfile } from "@/lib/server/admin/update-merchant-profile";
import type { TServerContext } from "@/lib/server/context/server-context";
import { findActiveSalesUnit, saveSalesUnit } from "@/lib/server/merchant/create-sales-unit";
import { getShop } from "@/lib/server/merchant/get-shop";
import { getShopLogo } from "@/lib/server/merchant/get-shop-logo";
import { createMerchant, emulator } from "../factories";
import { testContext } from "../shared/server-context";

const admin: TAdminActor = { type: "STAFF", id: "admin-1", email: "admin@abo.test", role: "ADMIN" };

let mine: TServerContext;
let theirs: TServerContext;
const other = { merchantId: "", unitId: "", productId: "", agreementId: "", chargeId: "" };

const notFound = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("NOT_FOUND");
};

/** Every row of the other merchant as stored, to show nothing of it changed. */
const snapshot = async () => ({
  merchant: await db.merchant.findUniqueOrThrow({ where: { id: other.merchantId } }),
  unit: await db.salesUnit.findUniqueOrThrow({ where: { id: other.unitId } }),
  product: await db.product.findUniqueOrThrow({
    where: { id: other.productId },
    include: { prices: true, texts: true },
  }),
  logo: await db.shopLogo.findUnique({ where: { merchantId: other.merchantId } }),
  agreement: await db.agreement.findUniqueOrThrow({ where: { id: other.agreementId } }),
  charge: await db.charge.findUniqueOrThrow({ where: { id: other.chargeId } }),
});

describe("the admin area and the shop, with two merchants", () => {
  beforeAll(async () => {
    // The installation's merchant (the oldest) is "mine"; the second one is made after it.
    await createMerchant();
    mine = await testContext({ actor: admin });
    const merchant = await db.merchant.create({
      data: { name: "Andre Butikk", supportEmail: "hjelp@andre.example", brandColor: "#123456" },
    });
    other.merchantId = merchant.id;
    theirs = await testContext({ actor: admin, merchantId: merchant.id });
    expect(mine.merchantId).not.toBe(theirs.merchantId);
    await db.shopLogo.create({
      data: {
        merchantId: merchant.id,
        contentType: "image/png",
        bytes: Buffer.from("png"),
        hash: "their-logo",
      },
    });
    const unit = await saveSalesUnit(theirs, {
      name: "Andre NO",
      environment: "TEST",
      market: "NO",
      currency: "NOK",
      msn: "777001",
      baseUrl: emulator.baseUrl,
      clientId: "their-client",
      clientSecret: "their-secret",
      subscriptionKey: "their-subscription-key",
    });
    other.unitId = unit.id;
    const product = await db.product.create({
      data: {
        merchantId: merchant.id,
        slug: "andre-brod",
        name: "Andre brød",
        status: "LIVE",
        pricingType: "LEGACY",
        intervalUnit: "MONTH",
        intervalCount: 1,
        planGroup: "brod",
        prices: { create: { market: "NO", currency: "NOK", amount: 9_900 } },
      },
    });
    other.productId = product.id;
    const customer = await db.customer.create({
      data: { merchantId: merchant.id, email: "kunde@andre.example", name: "Andre Kunde", market: "NO" },
    });
    const activatedAt = addDays(toDateOnly(mine.now), -10);
    const agreement = await db.agreement.create({
      data: {
        merchantId: merchant.id,
        salesUnitId: unit.id,
        customerId: customer.id,
        productId: product.id,
        market: "NO",
        currency: "NOK",
        pricingType: "LEGACY",
        amount: 9_900,
        intervalUnit: "MONTH",
        intervalCount: 1,
        productName: product.name,
        transactionType: "DIRECT_CAPTURE",
        retryDays: 3,
        status: "ACTIVE",
        activatedAt,
        externalId: "agr_andre_1",
        returnToken: "andre-return-1",
        draftIdempotencyKey: "andre-draft-1",
      },
    });
    other.agreementId = agreement.id;
    const charge = await db.charge.create({
      data: {
        agreementId: agreement.id,
        customerId: customer.id,
        orderId: "andre-charge-1",
        idempotencyKey: "andre-charge-key-1",
        type: "RECURRING",
        status: "CHARGED",
        transactionType: "DIRECT_CAPTURE",
        amount: 9_900,
        capturedAmount: 9_900,
        currency: "NOK",
        description: "Andre brød",
        due: addDays(toDateOnly(mine.now), -5),
      },
    });
    other.chargeId = charge.id;
  });

  it("finds no product of the other merchant, lists none, and changes none", async () => {
    const before = await snapshot();
    await notFound(getProductForEdit(mine, other.productId));
    await notFound(launchProduct(mine, { productId: other.productId }));
    await notFound(archiveProduct(mine, { productId: other.productId }));
    const form = { ...emptyProductForm("NO"), name: "Overtatt", slug: "andre-brod-2" };
    await notFound(saveProduct(mine, { productId: other.productId, form }));
    expect((await listProducts(mine)).map((p) => p.id)).not.toContain(other.productId);
    expect((await listOfferPlans(mine)).map((p) => p.id)).not.toContain(other.productId);
    expect(await snapshot()).toEqual(before);
    // Not empty by accident: the other merchant's own context sees it.
    expect((await listProducts(theirs)).map((p) => p.id)).toEqual([other.productId]);
    expect((await getProductForEdit(theirs, other.productId)).id).toBe(other.productId);
  });

  it("finds no sales unit of the other merchant, and never takes its MSN over", async () => {
    const before = await snapshot();
    await notFound(checkConnection(mine, other.unitId));
    await notFound(registerWebhooks(mine, { salesUnitId: other.unitId }));
    await notFound(runGoLiveCheck(mine, { salesUnitId: other.unitId }));
    expect((await getOnboarding(mine))!.units.map((u) => u.id)).not.toContain(other.unitId);
    expect((await getSettings(mine))!.units.map((u) => u.id)).not.toContain(other.unitId);
    expect((await findActiveSalesUnit(mine, "NO"))?.id).not.toBe(other.unitId);
    const taken = await saveSalesUnit(mine, {
      name: "Min NO",
      environment: "TEST",
      market: "NO",
      currency: "NOK",
      msn: "777001",
      baseUrl: emulator.baseUrl,
      clientId: "my-client",
      clientSecret: "my-secret",
      subscriptionKey: "my-subscription-key",
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((taken as AppError).code).toBe("CONFLICT");
    expect(await snapshot()).toEqual(before);
    expect((await getOnboarding(theirs))!.units.map((u) => u.id)).toEqual([other.unitId]);
    expect((await findActiveSalesUnit(theirs, "NO"))?.id).toBe(other.unitId);
  });

  it("shows and changes only its own shop's profile, look and logo", async () => {
    const before = await snapshot();
    expect((await getShop(mine))?.id).toBe(mine.merchantId);
    expect(await getShopLogo(mine)).toBeNull();
    await updateMerchantProfile(mine, {
      name: "Min Butikk",
      supportEmail: "hjelp@min.example",
      supportPhone: null,
      supportUrl: null,
      termsUrl: null,
      defaultLocale: "nb",
      locales: ["nb", "en"],
    });
    await updateBranding(mine, { brandColor: "#654321", logo: null, removeLogo: true });
    expect(await db.merchant.findUniqueOrThrow({ where: { id: mine.merchantId } })).toMatchObject({
      name: "Min Butikk",
      brandColor: "#654321",
    });
    expect(await snapshot()).toEqual(before);
    expect((await getShop(theirs))?.name).toBe("Andre Butikk");
    expect((await getShopLogo(theirs))?.hash).toBe("their-logo");
  });

  it("leaves the other merchant's subscriptions and charges out of every drill-down", async () => {
    const figures = ["subscribers", "mrr", "new", "charges-succeeded", "upcoming"] as const;
    for (const figure of figures) {
      const rows = (await getDrilldown(mine, { figure, range: "30d" })).rows;
      expect(
        rows.map((r) => r.targetId),
        figure,
      ).not.toContain(other.agreementId);
      expect(
        rows.map((r) => r.targetId),
        figure,
      ).not.toContain(other.chargeId);
      expect(
        rows.map((r) => r.customer),
        figure,
      ).not.toContain("Andre Kunde");
    }
    // The same figures for the other merchant do show them.
    expect((await getDrilldown(theirs, { figure: "subscribers", range: "30d" })).count).toBe(1);
    expect((await getDrilldown(theirs, { figure: "mrr", range: "30d" })).rows[0]?.targetId).toBe(
      other.agreementId,
    );
    expect(
      (await getDrilldown(theirs, { figure: "charges-succeeded", range: "30d" })).rows.map((r) => r.targetId),
    ).toEqual([other.chargeId]);
  });

  // Nested: it needs the merchants made above.
  describe("staff, with two merchants", () => {
    const staffOf = async (merchantId: string, email: string, role: "SUPPORT" | "ADMIN") =>
      db.user.create({
        data: { email, name: email, role, merchantId, passwordHash: "x" },
        select: { id: true, email: true, role: true, merchantId: true, disabled: true, sessionVersion: true },
      });
    const actorOf = (user: { id: string; email: string }): TAdminActor => ({
      type: "STAFF",
      id: user.id,
      email: user.email,
      role: "ADMIN",
    });
    const users = { aAdmin: "", bAdmin: "", bSupport: "" };
    let aCtx: TServerContext;
    const theirStaff = () =>
      db.user.findMany({ where: { merchantId: other.merchantId }, orderBy: { email: "asc" } });

    beforeAll(async () => {
      const aAdmin = await staffOf(mine.merchantId, "a-admin@abo.test", "ADMIN");
      const bAdmin = await staffOf(other.merchantId, "b-admin@andre.example", "ADMIN");
      const bSupport = await staffOf(other.merchantId, "b-support@andre.example", "SUPPORT");
      Object.assign(users, { aAdmin: aAdmin.id, bAdmin: bAdmin.id, bSupport: bSupport.id });
      aCtx = await testContext({ actor: actorOf(aAdmin), merchantId: mine.merchantId });
    });

    it("lists only its own merchant's staff", async () => {
      const listed = (await getSettings(aCtx))!.staff.map((s) => s.id);
      expect(listed).toContain(users.aAdmin);
      expect(listed).not.toContain(users.bAdmin);
      expect(listed).not.toContain(users.bSupport);
    });

    it("treats the other merchant's staff as missing: no role change, no disabling, no invite", async () => {
      const before = await theirStaff();
      await notFound(changeStaffRole(aCtx, { userId: users.bSupport, role: "ADMIN" }));
      // NOT_FOUND, not "one admin must remain": B's only admin is not A's to count.
      await notFound(changeStaffRole(aCtx, { userId: users.bAdmin, role: "SUPPORT" }));
      await notFound(setStaffDisabled(aCtx, { userId: users.bAdmin, disabled: true }));
      await notFound(setStaffDisabled(aCtx, { userId: users.bSupport, disabled: true }));
      // Addresses are unique across the installation: the other merchant's row is not taken over.
      const invited = await inviteStaff(aCtx, {
        email: "b-support@andre.example",
        name: "Overtatt",
        role: "ADMIN",
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect((invited as AppError).code).toBe("BAD_INPUT");
      expect(await theirStaff()).toEqual(before);
    });

    it("counts only the merchant's own admins for 'another admin must remain'", async () => {
      // An admin context of B whose actor has no row of B: B's only admin cannot go, although A
      // still has an enabled admin.
      const bCtx = await testContext({ actor: admin, merchantId: other.merchantId });
      const error = await setStaffDisabled(bCtx, { userId: users.bAdmin, disabled: true }).then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as AppError).code).toBe("CONFLICT");
      expect((await db.user.findUniqueOrThrow({ where: { id: users.bAdmin } })).disabled).toBe(false);
    });

    it("gives B's admin a context of B's merchant, which sees and manages B's staff", async () => {
      const row = await db.user.findUniqueOrThrow({ where: { id: users.bAdmin } });
      const user = await findActiveUser(row.id, row.sessionVersion);
      expect(user?.merchantId).toBe(other.merchantId);
      const bCtx = await contextForUser(user, "en");
      expect(bCtx.merchantId).toBe(other.merchantId);
      expect(bCtx.merchantId).not.toBe(mine.merchantId);
      const listed = (await getSettings(bCtx))!.staff.map((s) => s.id);
      expect(listed.sort()).toEqual([users.bAdmin, users.bSupport].sort());
      await notFound(changeStaffRole(bCtx, { userId: users.aAdmin, role: "SUPPORT" }));
      expect(await changeStaffRole(bCtx, { userId: users.bSupport, role: "ADMIN" })).toEqual({
        role: "ADMIN",
      });
      // Invited by B's admin: the new account is B's.
      const { userId } = await inviteStaff(bCtx, { email: "ny@andre.example", name: "Ny", role: "SUPPORT" });
      expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).merchantId).toBe(other.merchantId);
    });
  });
});
