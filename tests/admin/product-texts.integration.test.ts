import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emptyProductForm } from "@/lib/domain/product-form";
import type { TProductForm } from "@/lib/domain/product-rules";
import { AppError } from "@/lib/errors";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { getProductForEdit } from "@/lib/server/admin/get-product-for-edit";
import { saveProduct } from "@/lib/server/admin/save-product";
import { listProducts } from "@/lib/server/customer-portal/list-products";
import { createMerchant } from "../factories";
import { testContext } from "../shared/server-context";

const actor: TAdminActor = { type: "STAFF", id: "admin-1", email: "admin@abo.test", role: "ADMIN" };
const asAdmin = () => testContext({ actor });

function form(texts: TProductForm["texts"]): TProductForm {
  const base = emptyProductForm("NO");
  return {
    ...base,
    name: "Morgenkaffe",
    description: "Kaffe hver morgen",
    slug: "morgenkaffe",
    prices: { ...base.prices, NO: { ...base.prices.NO, amount: "99" } },
    texts: { ...base.texts, ...texts },
  };
}

describe("product names per language", () => {
  beforeAll(async () => {
    await createMerchant();
  });

  it("refuses a name over the limit at its field and saves nothing", async () => {
    const error = await saveProduct(await asAdmin(), {
      form: form({ en: { name: "x".repeat(46), description: "" } }),
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details.fieldErrors).toEqual({
      "texts.en.name": expect.stringMatching(/at most 45/),
    });
    expect(await db.product.count()).toBe(0);
    expect(await db.productText.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("stores the texts given, shows them to customers in that language, and replaces them on edit", async () => {
    const { id } = await saveProduct(await asAdmin(), {
      form: form({ en: { name: " Morning coffee ", description: "" }, da: { name: "", description: "" } }),
    });
    expect(await db.productText.findMany({ where: { productId: id } })).toEqual([
      { productId: id, locale: "en", name: "Morning coffee", description: null },
    ]);
    const editing = (await getProductForEdit(await asAdmin(), id)).form;
    expect(editing.texts?.en).toEqual({ name: "Morning coffee", description: "" });

    await db.product.update({ where: { id }, data: { status: "LIVE" } });
    const [en] = await listProducts(await testContext({ locale: "en" }), { market: "NO" });
    expect(en).toMatchObject({ name: "Morning coffee", description: "Kaffe hver morgen" });
    const [fi] = await listProducts(await testContext({ locale: "fi" }), { market: "NO" });
    expect(fi).toMatchObject({ name: "Morgenkaffe", description: "Kaffe hver morgen" });

    // A bad edit keeps what was stored; a good one replaces it (a blank locale removes its row).
    await expect(
      saveProduct(await asAdmin(), {
        productId: id,
        form: { ...editing, texts: { ...editing.texts, fi: { name: "", description: "y".repeat(101) } } },
      }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db.productText.count({ where: { productId: id } })).toBe(1);
    await saveProduct(await asAdmin(), {
      productId: id,
      form: {
        ...editing,
        texts: {
          ...editing.texts,
          en: { name: "", description: "" },
          fi: { name: "Aamukahvi", description: "" },
        },
      },
    });
    expect(
      await db.productText.findMany({ where: { productId: id }, select: { locale: true, name: true } }),
    ).toEqual([{ locale: "fi", name: "Aamukahvi" }]);

    // A form without the section (an older client) leaves the stored texts alone.
    const { texts: _ignored, ...withoutTexts } = editing;
    await saveProduct(await asAdmin(), { productId: id, form: withoutTexts });
    expect(await db.productText.count({ where: { productId: id } })).toBe(1);
  });
});
