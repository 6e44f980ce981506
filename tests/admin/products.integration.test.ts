import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emptyProductForm } from "@/lib/domain/product-form";
import type { TProductForm } from "@/lib/domain/product-rules";
import { AppError } from "@/lib/errors";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { archiveProduct } from "@/lib/server/admin/archive-product";
import { getProductForEdit } from "@/lib/server/admin/get-product-for-edit";
import { launchProduct } from "@/lib/server/admin/launch-product";
import { listProducts } from "@/lib/server/admin/list-products";
import { saveProduct } from "@/lib/server/admin/save-product";
import { startSignUp } from "@/lib/server/agreements/start-sign-up";
import { createMerchant, EMULATOR_MERCHANTS } from "../factories";
import { testContext } from "../shared/server-context";

const actor: TAdminActor = { type: "STAFF", id: "admin-1", email: "admin@abo.test", role: "ADMIN" };
const asAdmin = () => testContext({ actor });

function form(overrides: Partial<TProductForm> = {}): TProductForm {
  const base = emptyProductForm("NO");
  return {
    ...base,
    name: "Brødabonnement",
    slug: "brod",
    ...overrides,
    prices: { ...base.prices, NO: { ...base.prices.NO, amount: "249" }, ...overrides.prices },
  };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe("products", () => {
  beforeAll(async () => {
    await createMerchant();
  });

  it("refuses what Vipps would refuse, naming the rule at the field, and saves nothing", async () => {
    const bad = form({
      name: "x".repeat(46),
      campaignType: "EVENT_CAMPAIGN",
      campaignEventDate: "2020-01-01",
      campaignEventText: "Jul",
      retryDays: "15",
    });
    bad.prices.NO.campaignPrice = "0.5";
    const error = await refusal(saveProduct(await asAdmin(), { form: bad }));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.details.fieldErrors).toMatchObject({
      name: expect.stringMatching(/productName ≤ 45/),
      campaignEventDate: expect.stringMatching(/in the future/),
      campaignEventText: expect.stringMatching(/lower-case/),
      retryDays: expect.stringMatching(/retryDays 0–14/),
      "prices.NO.campaignPrice": expect.stringMatching(/≥ 100/),
    });
    expect(await db.product.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    expect(await db.vippsCall.count()).toBe(0);
  });

  it("creates a draft with prices per market, edits it, and keeps page addresses unique", async () => {
    const both = form();
    both.prices.DK = {
      enabled: true,
      amount: "199",
      suggestedMaxAmount: "",
      campaignPrice: "",
      initialChargeAmount: "",
    };
    const created = await saveProduct(await asAdmin(), { form: both });
    const stored = await db.product.findUniqueOrThrow({
      where: { id: created.id },
      include: { prices: { orderBy: { market: "asc" } } },
    });
    expect(stored).toMatchObject({
      status: "DRAFT",
      name: "Brødabonnement",
      intervalUnit: "MONTH",
      intervalCount: 1,
    });
    expect(stored.prices.map((p) => [p.market, p.currency, p.amount])).toEqual([
      ["NO", "NOK", 24_900],
      ["DK", "DKK", 19_900],
    ]);

    const edited = (await getProductForEdit(await asAdmin(), created.id)).form;
    edited.prices.DK.enabled = false;
    edited.description = "Surdeig hver uke";
    await saveProduct(await asAdmin(), { productId: created.id, form: edited });
    const after = await db.product.findUniqueOrThrow({
      where: { id: created.id },
      include: { prices: true },
    });
    expect(after.description).toBe("Surdeig hver uke");
    expect(after.prices.map((p) => p.market)).toEqual(["NO"]);

    const clash = await refusal(saveProduct(await asAdmin(), { form: form({ name: "Annet brød" }) }));
    expect(clash.details.fieldErrors).toEqual({
      slug: expect.stringMatching(/Another product already has this page address/),
    });
    expect(await db.auditEvent.count({ where: { action: { startsWith: "product." } } })).toBe(2);
  });

  it("stores the product's rule for a change of plan during a campaign; an unknown rule is refused at the field", async () => {
    const bad = form({
      slug: "regel-feil",
      planChangeCampaign: "LATER" as TProductForm["planChangeCampaign"],
    });
    const error = await refusal(saveProduct(await asAdmin(), { form: bad }));
    expect(error.details.fieldErrors).toEqual({
      planChangeCampaign: expect.stringMatching(/change of plan/),
    });
    expect(await db.product.count({ where: { slug: "regel-feil" } })).toBe(0);

    const created = await saveProduct(await asAdmin(), {
      form: form({ slug: "regel", planChangeCampaign: "END" }),
    });
    expect((await db.product.findUniqueOrThrow({ where: { id: created.id } })).planChangeCampaign).toBe(
      "END",
    );
    const edited = (await getProductForEdit(await asAdmin(), created.id)).form;
    expect(edited.planChangeCampaign).toBe("END");
    await saveProduct(await asAdmin(), {
      productId: created.id,
      form: { ...edited, planChangeCampaign: "BLOCK" },
    });
    expect((await db.product.findUniqueOrThrow({ where: { id: created.id } })).planChangeCampaign).toBe(
      "BLOCK",
    );
  });

  it("launches a product only where it has a sales unit, and sells it", async () => {
    const finnish = form({ name: "Leipä", slug: "leipa" });
    finnish.prices = {
      ...finnish.prices,
      NO: { ...finnish.prices.NO, enabled: false },
      FI: {
        enabled: true,
        amount: "9.90",
        suggestedMaxAmount: "",
        campaignPrice: "",
        initialChargeAmount: "",
      },
    };
    const leipa = await saveProduct(await asAdmin(), { form: finnish });
    await db.salesUnit.deleteMany({ where: { market: "FI" } });
    expect((await refusal(launchProduct(await asAdmin(), { productId: leipa.id }))).message).toMatch(
      /Connect a test sales unit for Finland/,
    );

    const brod = await db.product.findUniqueOrThrow({ where: { slug: "brod" } });
    expect(await launchProduct(await asAdmin(), { productId: brod.id })).toEqual({ status: "LIVE" });
    expect((await listProducts(await asAdmin())).find((p) => p.id === brod.id)).toMatchObject({
      status: "LIVE",
      agreements: 0,
    });
    // A customer can start it now (drafted at the emulator).
    const signUp = await startSignUp(await testContext(), {
      productId: brod.id,
      market: "NO",
      email: "forste@kunde.no",
      phone: EMULATOR_MERCHANTS.NO.phone,
      termsAccepted: true,
    });
    expect(signUp.confirmationUrl).toMatch(/vippsgateway/);
  });

  it("locks the pricing type once customers have agreements, and archives without touching them", async () => {
    const brod = await db.product.findUniqueOrThrow({ where: { slug: "brod" } });
    const editing = await getProductForEdit(await asAdmin(), brod.id);
    expect(editing.lockedPricingType).toBe("LEGACY");
    const variable = { ...editing.form, pricingType: "VARIABLE" as const };
    variable.prices.NO.suggestedMaxAmount = "500";
    expect(
      (await refusal(saveProduct(await asAdmin(), { productId: brod.id, form: variable }))).details
        .fieldErrors,
    ).toEqual({ pricingType: expect.stringMatching(/can never change/) });

    expect(await archiveProduct(await asAdmin(), { productId: brod.id })).toEqual({ status: "ARCHIVED" });
    expect(await db.agreement.count({ where: { productId: brod.id } })).toBe(1);
    // Back on sale.
    expect(await launchProduct(await asAdmin(), { productId: brod.id })).toEqual({ status: "LIVE" });
  });
});
