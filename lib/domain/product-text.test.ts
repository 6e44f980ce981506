import { describe, expect, it } from "vitest";
import { checkProductTexts, productTextFor, productTextsToForm } from "./product-text";

const product = {
  name: "Morgenkaffe",
  description: "Kaffe hver morgen",
  texts: [
    { locale: "en", name: "Morning coffee", description: "Coffee every morning" },
    { locale: "da", name: "Morgenkaffe DK", description: null },
    { locale: "fi", name: "  ", description: "Kahvia joka aamu" },
  ],
};

describe("productTextFor", () => {
  it("uses the locale's name and description when given", () => {
    expect(productTextFor(product, "en")).toEqual({
      name: "Morning coffee",
      description: "Coffee every morning",
    });
  });

  it("falls back field by field to the product's own", () => {
    expect(productTextFor(product, "da")).toEqual({
      name: "Morgenkaffe DK",
      description: "Kaffe hver morgen",
    });
    expect(productTextFor(product, "fi")).toEqual({ name: "Morgenkaffe", description: "Kahvia joka aamu" });
  });

  it("falls back entirely for a locale without a row, or a product without texts", () => {
    expect(productTextFor(product, "nb")).toEqual({ name: "Morgenkaffe", description: "Kaffe hver morgen" });
    expect(productTextFor({ name: "X", description: null }, "en")).toEqual({ name: "X", description: null });
  });
});

describe("checkProductTexts", () => {
  const limits = { name: 45, description: 100 };
  const check = (texts: Parameters<typeof checkProductTexts>[0]) => {
    const errors: Record<string, string> = {};
    const rows = checkProductTexts(texts, limits, (field, message) => (errors[field] ??= message));
    return { rows, errors };
  };

  it("stores only locales with something given, trimmed, blanks as null", () => {
    const { rows, errors } = check({
      en: { name: " Morning coffee ", description: "" },
      da: { name: "", description: "" },
    });
    expect(errors).toEqual({});
    expect(rows).toEqual([{ locale: "en", name: "Morning coffee", description: null }]);
  });

  it("refuses a name or description over the default's limits, at the field", () => {
    const { errors } = check({ fi: { name: "x".repeat(46), description: "y".repeat(101) } });
    expect(Object.keys(errors)).toEqual(["texts.fi.name", "texts.fi.description"]);
  });

  it("leaves stored texts alone when the form carries none", () => {
    expect(check(undefined).rows).toBeNull();
  });

  it("turns stored rows into every locale's fields", () => {
    expect(productTextsToForm([{ locale: "en", name: "A", description: null }])).toEqual({
      nb: { name: "", description: "" },
      da: { name: "", description: "" },
      fi: { name: "", description: "" },
      en: { name: "A", description: "" },
    });
  });
});
